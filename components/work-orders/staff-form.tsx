"use client";
// Building blocks of the manager's forms: a labelled field with its error beside it, and a form
// with its own state (so an error shows next to the form it belongs to) carrying the work order
// and the version the manager saw.
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState, FieldErrors } from "@/lib/errors";

export type Errors = FieldErrors;
export type Act = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function Field({ id, name, text, errors, type = "text", hint, children }: {
  id: string; name: string; text: string; errors?: Errors[string]; type?: string; hint?: string; children?: React.ReactNode;
}) {
  const describedBy = [errors?.length ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className={label}>{text}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      {children ?? (type === "textarea" ? (
        <textarea id={id} name={name} rows={3} className={input} aria-invalid={!!errors?.length} aria-describedby={describedBy} />
      ) : (
        <input id={id} name={name} type={type} className={input} aria-invalid={!!errors?.length} aria-describedby={describedBy} />
      ))}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function StaffForm({ action, trackingNumber, version, submit, secondary, hidden, className, title, children }: {
  action: Act; trackingNumber: number; version: number; submit: string; secondary?: boolean; hidden?: Record<string, string>;
  className?: string; title?: string; children?: (e: Errors, state: ActionState) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className={className ?? "space-y-3 rounded-lg border border-slate-200 bg-white p-4"} noValidate>
      {title && <h3 className="font-semibold">{title}</h3>}
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {children?.(state.fieldErrors ?? {}, state)}
      <button className={secondary ? buttonSecondary : button} disabled={pending}>{submit}</button>
    </form>
  );
}
