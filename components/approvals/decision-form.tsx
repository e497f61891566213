"use client";

import { useActionState } from "react";
import { decideAction } from "@/lib/actions/approve";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

export function DecisionForm({ token, estimateId, amount }: { token: string; estimateId: string; amount: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(decideAction, {});
  const err = state.fieldErrors?.comment;
  return (
    <form action={action} className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="estimateId" value={estimateId} />
      <div>
        <label htmlFor="comment" className={label}>
          {t("approval.comment")}
        </label>
        <p id="comment-hint" className="text-sm text-slate-600">
          {t("approval.commentHint")}
        </p>
        <textarea
          id="comment"
          name="comment"
          rows={3}
          className={input}
          aria-invalid={!!err}
          aria-describedby={`comment-hint${err ? " comment-error" : ""}`}
        />
        <FieldError id="comment-error" errors={err} />
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <button name="decision" value="APPROVED" className={button} disabled={pending}>
          {t("approval.approve", { amount })}
        </button>
        <button name="decision" value="DECLINED" className={buttonSecondary} disabled={pending}>
          {t("approval.decline")}
        </button>
      </div>
      <p className="text-sm text-slate-600">{t("approval.once")}</p>
    </form>
  );
}
