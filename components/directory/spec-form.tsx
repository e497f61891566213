"use client";
// One form component driven by a list of fields, so each directory and settings page stays a
// short server component. Errors show beside their field; a refused submit keeps what was typed.
// Labels, hints, option texts and the button may be message keys, read in the reader's language.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, input, label as labelCls } from "@/components/ui/styles";
import { Check, Field, type FormState } from "./field";

export type FieldSpec =
  | {
      name: string;
      label: string;
      kind?: "text" | "email" | "tel" | "date" | "time" | "textarea" | "password";
      value?: string | number | null;
      hint?: string;
      decimal?: boolean;
    }
  | { name: string; label: string; kind: "checkbox"; checked?: boolean }
  | { name: string; label: string; kind: "select"; value?: string; options: { value: string; label: string }[] }
  | { name: string; label: string; kind: "multi"; values: string[]; options: { value: string; label: string }[] };

type Props = {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submit: string;
  columns?: boolean;
  idPrefix?: string;
};

export function SpecForm({ action, fields, hidden = {}, submit, columns = true, idPrefix = "" }: Props) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const { t } = useI18n();
  return (
    <form action={run} noValidate className="space-y-4">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <FormMessage message={state.message} ok={state.ok} />
      <div className={columns ? "grid gap-4 sm:grid-cols-2" : "space-y-4"}>
        {fields.map((f) => (
          <One key={f.name} f={f} state={state} p={idPrefix} />
        ))}
      </div>
      <button className={button} disabled={pending}>
        {pending ? t("common.saving") : t(submit)}
      </button>
    </form>
  );
}

function One({ f, state, p }: { f: FieldSpec; state: FormState; p: string }) {
  const { t } = useI18n();
  if (f.kind === "checkbox") return <Check name={f.name} label={f.label} state={state} defaultChecked={f.checked} />;
  if (f.kind === "select" || f.kind === "multi") {
    const errors = state.fieldErrors?.[f.name];
    if (f.kind === "multi") {
      const chosen = state.values
        ? Object.keys(state.values)
            .filter((k) => k.startsWith(`${f.name}:`))
            .map((k) => k.slice(f.name.length + 1))
        : f.values;
      return (
        <fieldset className="sm:col-span-2" aria-describedby={errors?.length ? `${p}${f.name}-error` : undefined}>
          <legend className={labelCls}>{t(f.label)}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5">
            {f.options.map((o) => (
              <label key={o.value + chosen.includes(o.value)} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={`${f.name}:${o.value}`}
                  defaultChecked={chosen.includes(o.value)}
                  className="h-5 w-5"
                />{" "}
                {t(o.label)}
              </label>
            ))}
          </div>
          <FieldError id={`${p}${f.name}-error`} errors={errors} />
        </fieldset>
      );
    }
    const value = state.values?.[f.name] ?? f.value ?? "";
    return (
      <div key={value}>
        <label htmlFor={p + f.name} className={labelCls}>
          {t(f.label)}
        </label>
        <select
          id={p + f.name}
          name={f.name}
          defaultValue={value}
          className={input}
          aria-invalid={!!errors?.length}
          aria-describedby={errors?.length ? `${p}${f.name}-error` : undefined}
        >
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </select>
        <FieldError id={`${p}${f.name}-error`} errors={errors} />
      </div>
    );
  }
  const kind = f.kind ?? "text";
  return (
    <Field
      idPrefix={p}
      name={f.name}
      label={f.label}
      state={state}
      defaultValue={f.value}
      hint={f.hint}
      type={kind === "textarea" ? "text" : kind}
      textarea={kind === "textarea"}
      inputMode={f.decimal ? "decimal" : undefined}
      autoComplete={kind === "password" ? "new-password" : "off"}
      className={kind === "textarea" ? "sm:col-span-2" : undefined}
    />
  );
}
