"use client";
// One paper (insurance or licence): number, expiry date and the file. Used on the vendor's upload
// link and on the vendor's directory page. Submitted from a transition rather than the form's own
// action, so React does not reset the form: after a refused submit everything typed, and the chosen
// file, is still there, with the message next to its field.
import { startTransition, useActionState, type FormEvent } from "react";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, input, label } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { PAPER_ACCEPT } from "@/lib/vendors/compliance-rules";
import { useI18n } from "@/components/i18n/provider";

type Props = {
  kind: "INSURANCE" | "LICENCE";
  title: string;
  hidden: Record<string, string>;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
};

export function PaperForm({ kind, title, hidden, action, submitLabel }: Props) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, {});
  const { t } = useI18n();
  const id = kind.toLowerCase();
  const err = (k: string) => state.fieldErrors?.[k];
  const described = (k: string, hint?: string) =>
    [hint, err(k) ? `${id}-${k}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  };
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <FormMessage message={state.message} ok={state.ok} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <input type="hidden" name="kind" value={kind} />
      <div>
        <label htmlFor={`${id}-number`} className={label}>
          {t(`papersPage.number${kind}`)}
        </label>
        <input
          id={`${id}-number`}
          name="number"
          defaultValue={state.values?.number}
          autoComplete="off"
          className={input}
          aria-invalid={!!err("number")}
          aria-describedby={described("number")}
        />
        <FieldError id={`${id}-number-error`} errors={err("number")} />
      </div>
      <div>
        <label htmlFor={`${id}-expiresAt`} className={label}>
          {t("papersPage.expiry")}
        </label>
        <input
          id={`${id}-expiresAt`}
          name="expiresAt"
          type="date"
          defaultValue={state.values?.expiresAt}
          className={input}
          aria-invalid={!!err("expiresAt")}
          aria-describedby={described("expiresAt")}
        />
        <FieldError id={`${id}-expiresAt-error`} errors={err("expiresAt")} />
      </div>
      <div>
        <label htmlFor={`${id}-file`} className={label}>
          {t(`papersPage.file${kind}`)}
        </label>
        <p id={`${id}-file-hint`} className="text-sm text-slate-600">
          {t("papersPage.fileHint")}
        </p>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept={PAPER_ACCEPT}
          className="mt-1 block w-full text-base"
          aria-invalid={!!err("file")}
          aria-describedby={described("file", `${id}-file-hint`)}
        />
        <FieldError id={`${id}-file-error`} errors={err("file")} />
      </div>
      <button className={`${button} w-full sm:w-auto`} disabled={pending}>
        {pending ? t("common.sending") : submitLabel}
      </button>
    </form>
  );
}
