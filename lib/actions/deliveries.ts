"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { retryMessage } from "@/lib/notifications/retry-message";
import { requestTime } from "@/lib/actions/request-time";

export async function retryMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = z.string().min(1).max(40).safeParse(formData.get("id"));
  if (!id.success) return { ok: false, message: "common.outOfDate" };
  try {
    const actor = await requireActor("outbox:read");
    await retryMessage({ actor, id: id.data, now: requestTime() });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath("/dashboard/deliveries");
  return { ok: true, message: "Queued again: it goes out with the next delivery run." };
}
