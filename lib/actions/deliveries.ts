"use server";
// The deliveries page's "Send again": who (outbox:read), the message, the use case.
import { z } from "zod";
import { formAction, staff } from "@/lib/actions/define";
import { retryMessage } from "@/lib/notifications/retry-message";

export const retryMessageAction = formAction({
  who: staff("outbox:read"),
  input: z.object({ id: z.string().min(1).max(40) }),
  run: async ({ caller, input, now }) => {
    await retryMessage({ actor: caller, id: input.id, now });
    return {
      revalidate: ["/dashboard/deliveries"],
      state: { ok: true, message: "deliveries.queuedAgain" },
    };
  },
});
