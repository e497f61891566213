"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field-error";
import { buttonSecondary } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

export function SendLinkButton({
  vendorId,
  action,
}: {
  vendorId: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={dispatch} className="space-y-2">
      <input type="hidden" name="vendorId" value={vendorId} />
      <button className={buttonSecondary} disabled={pending}>
        Send upload link
      </button>
      <p className="text-sm text-slate-600">
        Emails the vendor a link, valid 30 days, to send their insurance and licence papers. An earlier link stops
        working.
      </p>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
