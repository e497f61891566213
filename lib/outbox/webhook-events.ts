// The work-order events an endpoint can subscribe to. The names are a contract with receivers:
// the trigger in the webhooks migration emits exactly these (and builds their payload), and
// "webhook.test" is what the Settings page's "Send test event" sends.
export const WEBHOOK_EVENTS = [
  "work_order.created",
  "work_order.status_changed",
  "work_order.estimate_decided",
  "work_order.completed",
  "work_order.closed",
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_TEST_EVENT = "webhook.test";

export const isWebhookEvent = (s: string): s is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(s);
