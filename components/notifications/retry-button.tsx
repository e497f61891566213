"use client";

import { useActionState } from "react";
import { retryMessageAction } from "@/lib/actions/deliveries";
import { FormMessage } from "@/components/ui/field-error";
import { buttonSecondary } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { useI18n } from "@/components/i18n/provider";

export function RetryButton({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(retryMessageAction, {});
  const { t } = useI18n();
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <FormMessage message={state.message} ok={state.ok} />
      {!state.ok && (
        <button className={buttonSecondary} disabled={pending} aria-label={label}>
          {t("deliveries.sendAgain")}
        </button>
      )}
    </form>
  );
}
