"use client";
import { useI18n } from "@/components/i18n/provider";
import { FieldError } from "@/components/ui/field-error";
import { input, label } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/errors";

/** Who to reach, for someone reporting from a QR code without an account. */
export function VisitorFields({ values, errors }: { values?: Record<string, string>; errors: FieldErrors }) {
  const { t } = useI18n();
  const field = (id: string, text: string, type: string, autoComplete: string, hint?: string) => (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        defaultValue={values?.[id]}
        className={input}
        aria-invalid={!!errors[id]}
        aria-describedby={
          [hint ? `${id}-hint` : "", errors[id] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
        }
      />
      <FieldError id={`${id}-error`} errors={errors[id]} />
    </div>
  );
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{t("form.contactTitle")}</legend>
      {field("name", t("form.name"), "text", "name")}
      {field("email", t("form.email"), "email", "email", t("form.emailHint"))}
      {field("phone", t("form.phone"), "tel", "tel")}
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="permissionToEnter"
          defaultChecked={values?.permissionToEnter === "on"}
          className="mt-1 size-5 shrink-0"
        />
        <span>{t("form.permission")}</span>
      </label>
    </fieldset>
  );
}
