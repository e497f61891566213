"use client";

import { useState, useTransition } from "react";
import type { revealOwnCodeAction } from "@/lib/actions/tenant-requests";
import { useI18n } from "@/components/i18n/provider";
import { FieldError } from "@/components/ui/field-error";
import { input, label } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/errors";
import { CONTACT_METHODS } from "@/lib/work-orders/fields";

export type AccessDefaults = {
  permissionToEnter: boolean;
  pets: string;
  preferredTimes: string;
  contactMethod: string;
  hasGateCode: boolean;
  hasLockboxCode: boolean;
};

/** The tenant's "show my saved code" action, handed down by the page (no action module in this bundle). */
export type RevealOwnCode = typeof revealOwnCodeAction;

async function revealOwn(reveal: RevealOwnCode, which: "gateCode" | "lockboxCode"): Promise<string> {
  const fd = new FormData();
  fd.set("which", which);
  const r = await reveal(fd);
  return "code" in r ? (r.code ?? "") : "";
}

/** The saved code stays on the server until the tenant taps to see it. */
function SavedCode({ id, reveal }: { id: "gateCode" | "lockboxCode"; reveal: RevealOwnCode }) {
  const { t } = useI18n();
  const [code, setCode] = useState<string | null>(null);
  const [busy, startReveal] = useTransition();
  return (
    <div id={`${id}-hint`} className="text-sm text-slate-600">
      <p>{t("access.savedHint")}</p>
      {code ? (
        <p role="status" className="mt-1 font-mono text-slate-900">
          {t("access.savedIs", { code })}
        </p>
      ) : (
        <button
          type="button"
          disabled={busy}
          onClick={() => startReveal(async () => setCode(await revealOwn(reveal, id)))}
          className="mt-1 min-h-9 rounded border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800"
        >
          {t("access.showSaved")}
        </button>
      )}
    </div>
  );
}

function CodeField({
  id,
  text,
  saved,
  errors,
  reveal,
}: {
  id: "gateCode" | "lockboxCode";
  text: string;
  saved: boolean;
  reveal: RevealOwnCode;
  errors?: FieldErrors[string];
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const hint = saved ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      {saved && <SavedCode id={id} reveal={reveal} />}
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          name={id}
          type={shown ? "text" : "password"}
          autoComplete="off"
          inputMode="text"
          className={`${input} mt-0`}
          aria-invalid={!!errors?.length}
          aria-describedby={[hint, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        />
        <button
          type="button"
          onClick={() => setShown(!shown)}
          aria-pressed={shown}
          aria-controls={id}
          className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold"
        >
          {shown ? t("common.hide") : t("common.show")}
        </button>
      </div>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function AccessFields({
  defaults,
  values,
  errors,
  reveal,
}: {
  defaults: AccessDefaults;
  values?: Record<string, string>;
  errors: FieldErrors;
  reveal: RevealOwnCode;
}) {
  const { t } = useI18n();
  const d = values
    ? {
        permissionToEnter: values.permissionToEnter === "on",
        pets: values.pets,
        preferredTimes: values.preferredTimes,
        contactMethod: values.contactMethod,
      }
    : defaults;
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{t("access.title")}</legend>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="permissionToEnter"
          defaultChecked={d.permissionToEnter}
          className="mt-1 size-5 shrink-0"
        />
        <span>{t("form.permission")}</span>
      </label>
      <CodeField
        id="gateCode"
        text={t("access.gateCode")}
        saved={defaults.hasGateCode}
        errors={errors.gateCode}
        reveal={reveal}
      />
      <CodeField
        id="lockboxCode"
        text={t("access.lockboxCode")}
        saved={defaults.hasLockboxCode}
        errors={errors.lockboxCode}
        reveal={reveal}
      />
      <div>
        <label htmlFor="pets" className={label}>
          {t("access.pets")}
        </label>
        <input
          id="pets"
          name="pets"
          defaultValue={d.pets}
          placeholder={t("access.petsPlaceholder")}
          className={input}
          aria-invalid={!!errors.pets}
          aria-describedby={errors.pets ? "pets-error" : undefined}
        />
        <FieldError id="pets-error" errors={errors.pets} />
      </div>
      <div>
        <label htmlFor="preferredTimes" className={label}>
          {t("access.times")}
        </label>
        <input
          id="preferredTimes"
          name="preferredTimes"
          defaultValue={d.preferredTimes}
          placeholder={t("access.timesPlaceholder")}
          className={input}
          aria-invalid={!!errors.preferredTimes}
          aria-describedby={errors.preferredTimes ? "preferredTimes-error" : undefined}
        />
        <FieldError id="preferredTimes-error" errors={errors.preferredTimes} />
      </div>
      <fieldset aria-describedby={errors.contactMethod ? "contactMethod-error" : undefined}>
        <legend className={label}>{t("access.contact")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {CONTACT_METHODS.map((value) => (
            <label
              key={value}
              className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 has-[:checked]:border-brand has-[:checked]:bg-teal-50"
            >
              <input
                type="radio"
                name="contactMethod"
                value={value}
                defaultChecked={d.contactMethod === value}
                className="size-5"
              />
              {t(`access.contact.${value}`)}
            </label>
          ))}
        </div>
        <FieldError id="contactMethod-error" errors={errors.contactMethod} />
      </fieldset>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="saveToProfile"
          className="mt-1 size-5"
          defaultChecked={values?.saveToProfile === "on"}
        />
        <span>{t("access.save")}</span>
      </label>
    </fieldset>
  );
}
