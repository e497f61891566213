// Changes made for someone: a transaction that tells the audit triggers (the audit_log migration)
// who is acting and when, so every row it writes to an audited table is logged against them at the
// caller's moment. Writes outside it are logged as the system's, at the database's clock.
import "server-only";
import { db, type Tx } from "@/lib/db/client";

export async function asActor<T>(
  actor: { userId?: string | null },
  now: Date,
  work: (tx: Tx) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('fixwell.actor', ${actor.userId ?? ""}, true), set_config('fixwell.now', ${now.toISOString()}, true)`;
    return work(tx);
  }, options);
}
