// On the embedded database there is no external scheduler: the cron tick (outbox delivery,
// reminders, SLA alerts, on-call pages, auto-close) runs in-process every minute. With a
// PostgreSQL server, call POST /api/cron from a scheduler instead (README).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (!env().embedded) return;
  // The embedded database serves one process: take it now, so a second server on the same data
  // directory stops at start-up with the reason, not at its first request.
  const { embeddedDatabase } = await import("@/lib/db/client");
  const { DataDirInUse } = await import("@/lib/db/data-dir-lock");
  try {
    embeddedDatabase();
  } catch (err) {
    if (!(err instanceof DataDirInUse)) throw err;
    console.error(err.message);
    process.exit(1);
  }
  const { runTick } = await import("@/lib/cron/tick");
  setInterval(() => runTick(new Date()).catch((err) => console.error("[cron]", err)), 60_000).unref();
}
