// What the Settings → Webhooks form may hold. Pure: the action parses with it and the unit test
// table-tests it. Where the URL may point (SSRF) is checked by the use case, which knows the mode.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/outbox/webhook-events";

export const webhookEndpointSchema = z.object({
  url: z.string().trim().min(1, "settings.v.hookAddress").max(2000, "settings.v.hookLong"),
  description: z.string().trim().max(200, "dir.v.max200"),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1, "settings.v.hookEvents")
    .transform((es) => WEBHOOK_EVENTS.filter((e) => es.includes(e))), // the list's order, no repeats
  active: z.boolean(),
});

export type WebhookEndpointInput = z.output<typeof webhookEndpointSchema>;
