"use client";

import { useActionState } from "react";
import { useI18n } from "@/components/i18n/provider";
import { addEstimateAction, changeEstimateAction, decideEstimateAction } from "@/lib/actions/estimates";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState, FieldErrors } from "@/lib/errors";

function Field({
  id,
  name,
  text,
  hint,
  errors,
  type = "text",
  inputMode,
}: {
  id: string;
  name: string;
  text: string;
  hint?: string;
  errors?: FieldErrors[string];
  type?: string;
  inputMode?: "decimal";
}) {
  const { t } = useI18n();
  const describedBy =
    [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className={label}>
        {t(text)}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t(hint)}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        className={input}
        aria-invalid={!!errors?.length}
        aria-describedby={describedBy}
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function AddEstimateForm({ trackingNumber }: { trackingNumber: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addEstimateAction, {});
  const { t } = useI18n();
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h3 className="font-semibold">{t("estimates.addTitle")}</h3>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <Field
        id="estimate-amount"
        name="amount"
        text="estimates.amount"
        hint="estimates.amountHint"
        errors={e.amount}
        inputMode="decimal"
      />
      <Field id="estimate-description" name="description" text="estimates.covers" errors={e.description} />
      <Field id="estimate-valid" name="validUntil" type="date" text="estimates.validUntil" errors={e.validUntil} />
      <button className={button} disabled={pending}>
        {t("estimates.add")}
      </button>
    </form>
  );
}

export function DecideEstimateForm({
  estimateId,
  trackingNumber,
  amount,
}: {
  estimateId: string;
  trackingNumber: number;
  amount: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(decideEstimateAction, {});
  const { t } = useI18n();
  return (
    <form action={action} className="mt-2 space-y-2">
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="estimateId" value={estimateId} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      {!state.ok && (
        <div className="flex flex-wrap gap-2">
          <button name="decision" value="APPROVED" className={buttonSecondary} disabled={pending}>
            {t("estimates.approve", { amount })}
          </button>
          <button name="decision" value="DECLINED" className={buttonSecondary} disabled={pending}>
            {t("estimates.decline")}
          </button>
        </div>
      )}
    </form>
  );
}

export function ChangeEstimateForm({ estimateId, trackingNumber }: { estimateId: string; trackingNumber: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeEstimateAction, {});
  const { t } = useI18n();
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand underline">{t("estimates.changeAmount")}</summary>
      <form action={action} className="mt-2 space-y-2" noValidate>
        <FormMessage message={state.message} ok={state.ok} />
        <input type="hidden" name="estimateId" value={estimateId} />
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <Field
          id={`change-amount-${estimateId}`}
          name="amount"
          text="estimates.newAmount"
          errors={state.fieldErrors?.amount}
          inputMode="decimal"
        />
        <Field id={`change-description-${estimateId}`} name="description" text="estimates.coversNow" />
        <button className={buttonSecondary} disabled={pending}>
          {t("estimates.change")}
        </button>
      </form>
    </details>
  );
}
