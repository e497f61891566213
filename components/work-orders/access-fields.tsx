"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { input, label } from "@/components/ui/styles";

export type AccessDefaults = { permissionToEnter: boolean; pets: string; preferredTimes: string; contactMethod: string; hasGateCode: boolean; hasLockboxCode: boolean };

function CodeField({ id, text, saved, errors }: { id: string; text: string; saved: boolean; errors?: string[] }) {
  const [shown, setShown] = useState(false);
  const hint = saved ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className={label}>{text}</label>
      {saved && <p id={`${id}-hint`} className="text-sm text-slate-600">Saved on your profile. Leave blank to keep it, or type a new one.</p>}
      <div className="mt-1 flex gap-2">
        <input id={id} name={id} type={shown ? "text" : "password"} autoComplete="off" inputMode="text" className={`${input} mt-0`}
          aria-invalid={!!errors?.length} aria-describedby={[hint, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined} />
        <button type="button" onClick={() => setShown(!shown)} aria-pressed={shown} aria-controls={id} className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold">
          {shown ? "Hide" : "Show"}
        </button>
      </div>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function AccessFields({ defaults, values, errors }: { defaults: AccessDefaults; values?: Record<string, string>; errors: Record<string, string[] | undefined> }) {
  const d = values
    ? { permissionToEnter: values.permissionToEnter === "on", pets: values.pets, preferredTimes: values.preferredTimes, contactMethod: values.contactMethod }
    : defaults;
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">Access</legend>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="permissionToEnter" defaultChecked={d.permissionToEnter} className="mt-1 size-5 shrink-0" />
        <span>It is OK to enter when nobody is home</span>
      </label>
      <CodeField id="gateCode" text="Gate or building code" saved={defaults.hasGateCode} errors={errors.gateCode} />
      <CodeField id="lockboxCode" text="Lockbox code" saved={defaults.hasLockboxCode} errors={errors.lockboxCode} />
      <div>
        <label htmlFor="pets" className={label}>Pets</label>
        <input id="pets" name="pets" defaultValue={d.pets} placeholder="e.g. a friendly dog" className={input} aria-invalid={!!errors.pets} aria-describedby={errors.pets ? "pets-error" : undefined} />
        <FieldError id="pets-error" errors={errors.pets} />
      </div>
      <div>
        <label htmlFor="preferredTimes" className={label}>Best times for a visit</label>
        <input id="preferredTimes" name="preferredTimes" defaultValue={d.preferredTimes} placeholder="e.g. weekday mornings" className={input}
          aria-invalid={!!errors.preferredTimes} aria-describedby={errors.preferredTimes ? "preferredTimes-error" : undefined} />
        <FieldError id="preferredTimes-error" errors={errors.preferredTimes} />
      </div>
      <fieldset aria-describedby={errors.contactMethod ? "contactMethod-error" : undefined}>
        <legend className={label}>How should we reach you?</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[["SMS", "Text message"], ["EMAIL", "Email"], ["PHONE", "Phone call"]].map(([value, text]) => (
            <label key={value} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 has-[:checked]:border-brand has-[:checked]:bg-teal-50">
              <input type="radio" name="contactMethod" value={value} defaultChecked={d.contactMethod === value} className="size-5" />
              {text}
            </label>
          ))}
        </div>
        <FieldError id="contactMethod-error" errors={errors.contactMethod} />
      </fieldset>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="saveToProfile" className="mt-1 size-5" defaultChecked={values?.saveToProfile === "on"} />
        <span>Save these details to my profile for next time</span>
      </label>
    </fieldset>
  );
}
