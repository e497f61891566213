"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/provider";
import { saveVendorAction } from "@/lib/actions/vendors";
import { FormMessage } from "@/components/ui/field-error";
import { button, input } from "@/components/ui/styles";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { Check, Choice, Field, type FormState } from "./field";

export function VendorForm({
  initial,
  categories,
}: {
  initial: Record<string, string>;
  categories: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveVendorAction, {});
  const { t } = useI18n();
  const v = (k: string) => initial[k] ?? "";
  const p = { state };
  return (
    <form action={action} noValidate className="space-y-5">
      <input type="hidden" name="vendorId" value={v("vendorId")} />
      <FormMessage message={state.message} ok={state.ok} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...p} name="company" label="vendor.company" defaultValue={v("company")} required />
        <Field {...p} name="contactName" label="vendor.contactName" defaultValue={v("contactName")} required />
        <Field {...p} name="email" label="vendor.email" type="email" defaultValue={v("email")} required />
        <Field {...p} name="phone" label="vendor.phone" type="tel" defaultValue={v("phone")} />
        <Field
          {...p}
          name="hourlyRateCents"
          label="vendor.hourlyRate"
          inputMode="decimal"
          defaultValue={v("hourlyRateCents")}
        />
        <Field
          {...p}
          name="callOutFeeCents"
          label="vendor.callOutFee"
          inputMode="decimal"
          defaultValue={v("callOutFeeCents")}
        />
        <Field {...p} name="insuranceNumber" label="vendor.insuranceNumber" defaultValue={v("insuranceNumber")} />
        <Field
          {...p}
          name="insuranceExpiresAt"
          label="vendor.insuranceExpires"
          type="date"
          defaultValue={v("insuranceExpiresAt")}
        />
        <Field {...p} name="licenceNumber" label="vendor.licenceNumber" defaultValue={v("licenceNumber")} />
        <Field
          {...p}
          name="licenceExpiresAt"
          label="vendor.licenceExpires"
          type="date"
          defaultValue={v("licenceExpiresAt")}
        />
        <Field
          {...p}
          name="capacity"
          label="vendor.capacity"
          inputMode="numeric"
          defaultValue={v("capacity")}
          required
        />
        <Choice
          {...p}
          name="language"
          label="vendor.language"
          hint="vendor.languageHint"
          defaultValue={v("language") || "en"}
          options={LOCALES.map((l) => [l, LOCALE_NAMES[l]] as const)}
        />
      </div>
      <Check {...p} name="active" label="vendor.active" defaultChecked={v("active") === "on"} />
      <fieldset className="rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">{t("vendor.categories")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {categories.map((c) => {
            const name = `rank-${c.id}`;
            const value = state.values ? (state.values[name] ?? "") : v(name);
            return (
              <div key={`${c.id}-${value}`} className="flex items-center justify-between gap-3">
                <label htmlFor={name} className="text-sm">
                  {t("vendor.rank", { category: c.name })}
                </label>
                <input
                  id={name}
                  name={name}
                  inputMode="numeric"
                  defaultValue={value}
                  className={`${input} mt-0 w-20`}
                />
              </div>
            );
          })}
        </div>
        {Object.entries(state.fieldErrors ?? {})
          .filter(([k]) => k.startsWith("categories"))
          .map(([k, e]) => (
            <p key={k} className="mt-2 text-sm font-medium text-red-700">
              {e?.map((m) => t(m)).join(" ")}
            </p>
          ))}
      </fieldset>
      <button className={button} disabled={pending}>
        {pending ? t("common.saving") : t("vendor.save")}
      </button>
    </form>
  );
}
