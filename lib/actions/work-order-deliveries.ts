"use server";
// The work order page's failed-messages flag: who (work-order:manage), the work order, the use case.
import { z } from "zod";
import { formAction, staff } from "@/lib/actions/define";
import { retryWorkOrderMessages } from "@/lib/work-orders/failed-messages";

export const retryWorkOrderMessagesAction = formAction({
  who: staff("work-order:manage"),
  input: z.object({ trackingNumber: z.coerce.number().int().positive() }),
  run: async ({ caller, input: { trackingNumber }, now }) => {
    const result = await retryWorkOrderMessages({ actor: caller, trackingNumber, now });
    const revalidate = [`/dashboard/work-orders/${trackingNumber}`];
    const lost = result.lost
      ? ` ${result.lost} carried a one-time link that was erased: ask the person to request a new one.`
      : "";
    if (result.queued === 0) return { revalidate, state: { ok: false, message: `Nothing to send again.${lost}` } };
    const going = result.queued === 1 ? "it goes" : `${result.queued} messages go`;
    return {
      revalidate,
      state: { ok: true, message: `Queued again: ${going} out with the next delivery run.${lost}` },
    };
  },
});
