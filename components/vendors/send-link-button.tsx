"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field-error";
import { buttonSecondary } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { useI18n } from "@/components/i18n/provider";

export function SendLinkButton({
  vendorId,
  action,
}: {
  vendorId: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, {});
  const { t } = useI18n();
  return (
    <form action={dispatch} className="space-y-2">
      <input type="hidden" name="vendorId" value={vendorId} />
      <button className={buttonSecondary} disabled={pending}>
        {t("vendor.sendLink")}
      </button>
      <p className="text-sm text-slate-600">{t("vendor.sendLinkHint")}</p>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
