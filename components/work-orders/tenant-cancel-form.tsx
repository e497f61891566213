"use client";

import { useActionState } from "react";
import { tenantCancelAction } from "@/lib/actions/tenant-requests";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { LinkToken } from "./tenant-actions";

export function TenantCancelForm({
  trackingNumber,
  version,
  token,
}: {
  trackingNumber: number;
  version: number;
  token?: string;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(tenantCancelAction, {});
  return (
    <details className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">{t("actions.cancelTitle")}</summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        <FormMessage message={state.message} ok={state.ok} />
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <LinkToken token={token} />
        <input type="hidden" name="version" value={version} />
        <div>
          <label htmlFor="cancel-reason" className={label}>
            {t("actions.cancelWhy")}
          </label>
          <input
            id="cancel-reason"
            name="reason"
            className={input}
            aria-invalid={!!state.fieldErrors?.reason}
            aria-describedby={state.fieldErrors?.reason ? "cancel-reason-error" : undefined}
          />
          <FieldError id="cancel-reason-error" errors={state.fieldErrors?.reason} />
        </div>
        <button className={buttonSecondary} disabled={pending}>
          {t("actions.cancel")}
        </button>
      </form>
    </details>
  );
}
