// What the Settings → Webhooks form may hold. Pure: the action parses with it and the unit test
// table-tests it. Where the URL may point (SSRF) is checked by the use case, which knows the mode.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/outbox/webhook-events";

export const webhookEndpointSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address that receives the events, like https://example.com/webhooks/fixwell.")
    .max(2000, "Keep the address under 2000 characters."),
  description: z.string().trim().max(200, "Keep this under 200 characters."),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1, "Choose at least one event.")
    .transform((es) => WEBHOOK_EVENTS.filter((e) => es.includes(e))), // the list's order, no repeats
  active: z.boolean(),
});

export type WebhookEndpointInput = z.output<typeof webhookEndpointSchema>;
