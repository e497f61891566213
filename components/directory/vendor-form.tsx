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
        <Field {...p} name="company" label="Company" defaultValue={v("company")} required />
        <Field {...p} name="contactName" label="Contact name" defaultValue={v("contactName")} required />
        <Field {...p} name="email" label="Email" type="email" defaultValue={v("email")} required />
        <Field {...p} name="phone" label="Phone" type="tel" defaultValue={v("phone")} />
        <Field
          {...p}
          name="hourlyRateCents"
          label="Hourly rate ($)"
          inputMode="decimal"
          defaultValue={v("hourlyRateCents")}
        />
        <Field
          {...p}
          name="callOutFeeCents"
          label="Call-out fee ($)"
          inputMode="decimal"
          defaultValue={v("callOutFeeCents")}
        />
        <Field {...p} name="insuranceNumber" label="Insurance number" defaultValue={v("insuranceNumber")} />
        <Field
          {...p}
          name="insuranceExpiresAt"
          label="Insurance expires"
          type="date"
          defaultValue={v("insuranceExpiresAt")}
        />
        <Field {...p} name="licenceNumber" label="Licence number" defaultValue={v("licenceNumber")} />
        <Field
          {...p}
          name="licenceExpiresAt"
          label="Licence expires"
          type="date"
          defaultValue={v("licenceExpiresAt")}
        />
        <Field
          {...p}
          name="capacity"
          label="Capacity (open jobs at once)"
          inputMode="numeric"
          defaultValue={v("capacity")}
          required
        />
        <Choice
          {...p}
          name="language"
          label="Language for job links and messages"
          hint="Their job and papers pages open in it, and every email and text to them is written in it."
          defaultValue={v("language") || "en"}
          options={LOCALES.map((l) => [l, LOCALE_NAMES[l]] as const)}
        />
      </div>
      <Check {...p} name="active" label="Active (can be given jobs)" defaultChecked={v("active") === "on"} />
      <fieldset className="rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">
          Categories served, with rank (1 = preferred; blank = not served)
        </legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {categories.map((c) => {
            const name = `rank-${c.id}`;
            const value = state.values ? (state.values[name] ?? "") : v(name);
            return (
              <div key={`${c.id}-${value}`} className="flex items-center justify-between gap-3">
                <label htmlFor={name} className="text-sm">
                  {c.name} rank
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
        {pending ? "Saving…" : "Save vendor"}
      </button>
    </form>
  );
}
