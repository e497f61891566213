"use client";
// Building blocks of the manager's forms: a labelled field with its error beside it, and a form
// with its own state (so an error shows next to the form it belongs to) carrying the work order
// and the version the manager saw. Labels, hints and buttons may be message keys (read in the
// reader's language) or text already translated.
import { createContext, useActionState, useContext } from "react";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState, FieldErrors } from "@/lib/errors";

export type Errors = FieldErrors;

/** What was typed before a refusal, for the fields' defaults (React resets a form after its action). */
const Typed = createContext<Record<string, string>>({});
export const useTyped = (name: string) => useContext(Typed)[name];
export type Act = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function Field({
  id,
  name,
  text,
  errors,
  type = "text",
  hint,
  children,
}: {
  id: string;
  name: string;
  text: string;
  errors?: Errors[string];
  type?: string;
  hint?: string;
  children?: React.ReactNode;
}) {
  const typed = useTyped(name);
  const { t } = useI18n();
  const describedBy =
    [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className={label}>
        {t(text)}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t(hint)}
        </p>
      )}
      {children ??
        (type === "textarea" ? (
          <textarea
            id={id}
            name={name}
            rows={3}
            defaultValue={typed}
            className={input}
            aria-invalid={!!errors?.length}
            aria-describedby={describedBy}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            defaultValue={typed}
            className={input}
            aria-invalid={!!errors?.length}
            aria-describedby={describedBy}
          />
        ))}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A select inside a Field: keeps the choice across a refusal. */
export function Select({
  id,
  name,
  errors,
  options,
  placeholder,
  initial = "",
}: {
  id: string;
  name: string;
  errors?: Errors[string];
  options: [string, string][];
  placeholder?: string;
  initial?: string;
}) {
  const typed = useTyped(name);
  const { t } = useI18n();
  return (
    <select
      id={id}
      name={name}
      className={input}
      defaultValue={typed ?? initial}
      aria-invalid={!!errors?.length}
      aria-describedby={errors?.length ? `${id}-error` : undefined}
    >
      {placeholder && (
        <option value="" disabled>
          {t(placeholder)}
        </option>
      )}
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {t(l)}
        </option>
      ))}
    </select>
  );
}

export function StaffForm({
  action,
  trackingNumber,
  version,
  submit,
  secondary,
  hidden,
  className,
  title,
  children,
}: {
  action: Act;
  trackingNumber: number;
  version: number;
  submit: string;
  secondary?: boolean;
  hidden?: Record<string, string>;
  className?: string;
  title?: string;
  children?: (e: Errors, state: ActionState) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const { t } = useI18n();
  return (
    <form
      action={formAction}
      className={className ?? "space-y-3 rounded-lg border border-slate-200 bg-white p-4"}
      noValidate
    >
      {title && <h3 className="font-semibold">{t(title)}</h3>}
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Typed.Provider value={state.values ?? {}}>
        {/* A new key per answer: fields remount with what was typed as their default. */}
        <div key={JSON.stringify(state.values ?? {})} className="space-y-3">
          {children?.(state.fieldErrors ?? {}, state)}
        </div>
      </Typed.Provider>
      <button className={secondary ? buttonSecondary : button} disabled={pending}>
        {t(submit)}
      </button>
    </form>
  );
}
