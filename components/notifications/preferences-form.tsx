"use client";
// "My notifications": email, texts or both, the mobile number and the language. A refused save
// shows the message beside its field and keeps every choice made.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/provider";
import { saveMyNotificationsAction } from "@/lib/actions/my-notifications";
import { Field, type FormState } from "@/components/directory/field";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, input, label } from "@/components/ui/styles";

const METHODS = ["EMAIL", "SMS", "BOTH"] as const;

export function PreferencesForm({ initial }: { initial: { contactMethod: string; phone: string; locale: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveMyNotificationsAction, {});
  const { t } = useI18n();
  const value = (k: keyof typeof initial) => (state.values && k in state.values ? state.values[k] : initial[k]);
  const methodErrors = state.fieldErrors?.contactMethod;
  const localeErrors = state.fieldErrors?.locale;
  return (
    <form action={action} noValidate className="space-y-6">
      <FormMessage message={state.message} ok={state.ok} />
      <fieldset
        key={`m-${value("contactMethod")}`}
        aria-describedby={methodErrors?.length ? "contactMethod-error" : "contactMethod-hint"}
      >
        <legend className={label}>{t("myNotifs.how")}</legend>
        <p id="contactMethod-hint" className="text-sm text-slate-600">
          {t("myNotifs.howHint")}
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {METHODS.map((v) => (
            <label
              key={v}
              className="flex min-h-12 items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-base has-[:checked]:border-brand has-[:checked]:bg-brand/5"
            >
              <input
                type="radio"
                name="contactMethod"
                value={v}
                defaultChecked={value("contactMethod") === v}
                className="h-5 w-5"
              />
              {t(`myNotifs.${v}`)}
            </label>
          ))}
        </div>
        <FieldError id="contactMethod-error" errors={methodErrors} />
      </fieldset>
      <Field
        state={state}
        name="phone"
        label="myNotifs.phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        defaultValue={initial.phone}
        hint="myNotifs.phoneHint"
      />
      <div key={`l-${value("locale")}`}>
        <label htmlFor="locale" className={label}>
          {t("myNotifs.language")}
        </label>
        <select
          id="locale"
          name="locale"
          defaultValue={value("locale")}
          className={input}
          aria-invalid={!!localeErrors?.length}
          aria-describedby={localeErrors?.length ? "locale-error" : undefined}
        >
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
        <FieldError id="locale-error" errors={localeErrors} />
      </div>
      <button className={button} disabled={pending}>
        {pending ? t("myNotifs.saving") : t("myNotifs.save")}
      </button>
    </form>
  );
}
