"use server";
// The work order page's failed-messages flag: who (work-order:manage), the work order, the use case.
import { z } from "zod";
import { formAction, staff } from "@/lib/actions/define";
import { msg } from "@/lib/i18n/translate";
import { retryWorkOrderMessages } from "@/lib/work-orders/failed-messages";

export const retryWorkOrderMessagesAction = formAction({
  who: staff("work-order:manage"),
  input: z.object({ trackingNumber: z.coerce.number().int().positive() }),
  run: async ({ caller, input: { trackingNumber }, now }) => {
    const result = await retryWorkOrderMessages({ actor: caller, trackingNumber, now });
    const revalidate = [`/dashboard/work-orders/${trackingNumber}`];
    const lost = result.lost ? { lost: result.lost } : undefined;
    if (result.queued === 0)
      return {
        revalidate,
        state: { ok: false, message: msg(lost ? "staffWo.retry.nothingLost" : "staffWo.retry.nothing", lost) },
      };
    const message = msg(lost ? "staffWo.retry.queuedLost" : "staffWo.retry.queued", { n: result.queued, ...lost });
    return { revalidate, state: { ok: true, message } };
  },
});
