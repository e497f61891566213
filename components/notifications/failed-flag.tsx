"use client";
// The work order page's flag: messages about it that failed every try, and one button to send
// them again (they go out with the next delivery run).
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/provider";
import { retryWorkOrderMessagesAction } from "@/lib/actions/work-order-deliveries";
import { buttonSecondary } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

export function FailedFlag({ trackingNumber, count }: { trackingNumber: number; count: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(retryWorkOrderMessagesAction, {});
  const { t } = useI18n();
  // After a retry the page re-renders with no failed message left: the answer still shows.
  if (!count && !state.message) return null;
  const text = t("staffWo.failedCount", { n: count });
  return (
    <form
      action={action}
      aria-label={t("staffWo.failedLabel")}
      className={`mt-3 flex flex-wrap items-center gap-3 rounded-md border p-3 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
    >
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      {state.ok || !count ? (
        <p role="status">{state.message ? t(state.message) : ""}</p>
      ) : (
        <>
          <p>
            <strong>{text}</strong> {t("staffWo.failedSee")}
            {state.message ? ` ${t(state.message)}` : ""}
          </p>
          <button className={buttonSecondary} disabled={pending}>
            {pending ? t("common.sending") : t("staffWo.retry")}
          </button>
        </>
      )}
    </form>
  );
}
