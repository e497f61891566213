import { FieldError } from "@/components/ui/field-error";
import { input, label } from "@/components/ui/styles";

/** Who to reach, for someone reporting from a QR code without an account. */
export function VisitorFields({ values, errors }: { values?: Record<string, string>; errors: Record<string, string[] | undefined> }) {
  const field = (id: string, text: string, type: string, autoComplete: string, hint?: string) => (
    <div>
      <label htmlFor={id} className={label}>{text}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      <input id={id} name={id} type={type} autoComplete={autoComplete} defaultValue={values?.[id]} className={input}
        aria-invalid={!!errors[id]} aria-describedby={[hint ? `${id}-hint` : "", errors[id] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined} />
      <FieldError id={`${id}-error`} errors={errors[id]} />
    </div>
  );
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">How we reach you</legend>
      {field("name", "Your name", "text", "name")}
      {field("email", "Email", "email", "email", "We send the tracking link here. Give an email, a phone number, or both.")}
      {field("phone", "Mobile phone", "tel", "tel")}
      <label className="flex items-start gap-3">
        <input type="checkbox" name="permissionToEnter" defaultChecked={values?.permissionToEnter === "on"} className="mt-1 size-5 shrink-0" />
        <span>It is OK to enter when nobody is home</span>
      </label>
    </fieldset>
  );
}
