"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { retryWorkOrderMessages } from "@/lib/work-orders/failed-messages";
import { requestTime } from "@/lib/actions/request-time";

export async function retryWorkOrderMessagesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const n = z.coerce.number().int().positive().safeParse(formData.get("trackingNumber"));
  if (!n.success) return { ok: false, message: "common.outOfDate" };
  let result: { queued: number; lost: number };
  try {
    const actor = await requireActor("work-order:manage");
    result = await retryWorkOrderMessages({ actor, trackingNumber: n.data, now: requestTime() });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(`/dashboard/work-orders/${n.data}`);
  const lost = result.lost
    ? ` ${result.lost} carried a one-time link that was erased: ask the person to request a new one.`
    : "";
  if (result.queued === 0) return { ok: false, message: `Nothing to send again.${lost}` };
  return {
    ok: true,
    message: `Queued again: ${result.queued === 1 ? "it goes" : `${result.queued} messages go`} out with the next delivery run.${lost}`,
  };
}
