// On the embedded database there is no external scheduler: deliver the outbox in-process every
// minute (the full cron tick joins it with the notifications issue).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env().embedded) return;
  const { deliverDueMessages } = await import("@/lib/notifications/deliver");
  setInterval(() => deliverDueMessages().catch((err) => console.error("[outbox]", err)), 60_000).unref();
}
