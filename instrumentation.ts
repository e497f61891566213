// On the embedded database there is no external scheduler: the cron tick (outbox delivery,
// reminders, SLA alerts, on-call pages, auto-close) runs in-process every minute. With a
// PostgreSQL server, call POST /api/cron from a scheduler instead (README).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env().embedded) return;
  const { runTick } = await import("@/lib/cron/tick");
  setInterval(() => runTick(new Date()).catch((err) => console.error("[cron]", err)), 60_000).unref();
}
