"use client";
// A labelled input whose error sits beside it (aria-describedby), refilled with what was typed.
// Labels, hints and option texts may be message keys: they are read in the reader's language.
import { useI18n } from "@/components/i18n/provider";
import { FieldError } from "@/components/ui/field-error";
import { input, label as labelCls } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/errors";

export type FormState = {
  ok?: boolean;
  message?: string | import("@/lib/i18n/translate").Msg;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

type Props = {
  name: string;
  idPrefix?: string;
  label: string;
  state: FormState;
  defaultValue?: string | number | null;
  type?: string;
  hint?: string;
  required?: boolean;
  textarea?: boolean;
  autoComplete?: string;
  className?: string;
  inputMode?: "decimal" | "numeric" | "tel" | "email";
};

export function Field({
  name,
  idPrefix = "",
  label,
  state,
  defaultValue,
  type = "text",
  hint,
  required,
  textarea,
  autoComplete = "off",
  className,
  inputMode,
}: Props) {
  const { t } = useI18n();
  const errors = state.fieldErrors?.[name];
  const value = state.values && name in state.values ? state.values[name] : (defaultValue ?? "");
  const id = idPrefix + name; // several forms on one page may share field names
  const described =
    [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    defaultValue: String(value),
    className: input,
    "aria-invalid": !!errors?.length,
    "aria-describedby": described,
    required,
    autoComplete,
  };
  return (
    // Keyed on the state so a refused submit shows what was typed (React resets the form after an action).
    <div key={JSON.stringify(state.values?.[name] ?? null)} className={className}>
      <label htmlFor={id} className={labelCls}>
        {t(label)}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t(hint)}
        </p>
      )}
      {textarea ? <textarea rows={3} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function Check({
  name,
  label,
  state,
  defaultChecked,
}: {
  name: string;
  label: string;
  state: FormState;
  defaultChecked?: boolean;
}) {
  const { t } = useI18n();
  const checked = state.values ? state.values[name] === "on" : !!defaultChecked;
  return (
    <label key={String(checked)} className="flex min-h-11 items-center gap-2 text-sm font-semibold text-slate-800">
      <input type="checkbox" name={name} defaultChecked={checked} className="h-5 w-5" />
      {t(label)}
    </label>
  );
}

/** A labelled select whose error sits beside it, keeping the choice across a refusal. */
export function Choice({
  name,
  label,
  state,
  defaultValue,
  options,
  hint,
}: {
  name: string;
  label: string;
  state: FormState;
  defaultValue?: string;
  options: readonly (readonly [string, string])[];
  hint?: string;
}) {
  const { t } = useI18n();
  const errors = state.fieldErrors?.[name];
  const value = state.values && name in state.values ? state.values[name] : (defaultValue ?? "");
  const described =
    [errors?.length ? `${name}-error` : "", hint ? `${name}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div key={JSON.stringify(state.values?.[name] ?? null)}>
      <label htmlFor={name} className={labelCls}>
        {t(label)}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {t(hint)}
        </p>
      )}
      <select
        id={name}
        name={name}
        defaultValue={value}
        className={input}
        aria-invalid={!!errors?.length}
        aria-describedby={described}
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {t(l)}
          </option>
        ))}
      </select>
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}
