// Housekeeping for what strangers can make without an account (issue 15): photos sent ahead of a
// form that was never accepted, sign-in tokens past their expiry, and rate-limit hits older than
// any window that counts them; and webhook deliveries a month after they were sent or given up
// (the Settings log shows the last few). A batch of each per tick, under the step's lock; the next tick
// takes the rest, so the embedded database is never held for long.
import "server-only";
import { storage } from "@/lib/uploads/storage";
import { lockedStep, utc } from "@/lib/cron/step";

const HOUR_MS = 3_600_000;
/** An unadopted draft is kept a day: time enough to come back to a refused form. */
export const DRAFT_KEEP_MS = 24 * HOUR_MS;
/**
 * Hits are kept longer than the longest rateLimit() window in use (an hour, today), so no limit
 * ever counts fewer hits than it should. A day leaves room for a longer window added later.
 */
export const RATE_LIMIT_HIT_KEEP_MS = 24 * HOUR_MS;
/** Sent and failed webhook deliveries are kept a month; waiting ones are never purged. */
export const WEBHOOK_LOG_KEEP_MS = 30 * 24 * HOUR_MS;
// Drafts carry files, each deleted on its own (a network call for UploadThing): fewer per tick.
const DRAFT_BATCH = 100;
const ROW_BATCH = 1000;

/** Deletes a batch of each kind of stale row (and the drafts' files); returns how many rows went, or "busy". */
export async function purgeStale(now: Date): Promise<number | "busy"> {
  let files: string[] = [];
  const purged = await lockedStep("purge", async (tx) => {
    const cutoff = new Date(now.getTime() - DRAFT_KEEP_MS);
    const stale = await tx.attachment.findMany({
      where: {
        draftKey: { not: null },
        workOrderId: null,
        messageId: null,
        estimateId: null,
        createdAt: { lt: cutoff },
      },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: DRAFT_BATCH,
    });
    // The conditions again in the DELETE: a draft a work order adopted in the meantime (its
    // workOrderId set by a commit we waited for) is rechecked by PostgreSQL and stays.
    const drafts =
      stale.length === 0
        ? []
        : await tx.$queryRaw<{ storageKey: string }[]>`
      DELETE FROM "Attachment" WHERE id = ANY(${stale.map((s) => s.id)}::text[])
        AND "draftKey" IS NOT NULL AND "workOrderId" IS NULL AND "createdAt" < ${utc(cutoff)}
      RETURNING "storageKey"`;
    files = drafts.map((d) => d.storageKey);
    const tokens = await tx.$executeRaw`
      DELETE FROM "VerificationToken" WHERE token IN (
        SELECT token FROM "VerificationToken" WHERE expires <= ${utc(now)} LIMIT ${ROW_BATCH})`;
    const hits = await tx.$executeRaw`
      DELETE FROM "RateLimitHit" WHERE id IN (
        SELECT id FROM "RateLimitHit" WHERE "createdAt" < ${utc(new Date(now.getTime() - RATE_LIMIT_HIT_KEEP_MS))} LIMIT ${ROW_BATCH})`;
    const webhooks = await tx.$executeRaw`
      DELETE FROM "WebhookDelivery" WHERE id IN (
        SELECT id FROM "WebhookDelivery" WHERE status IN ('SENT', 'FAILED')
          AND "createdAt" < ${utc(new Date(now.getTime() - WEBHOOK_LOG_KEEP_MS))} LIMIT ${ROW_BATCH})`;
    return drafts.length + tokens + hits + webhooks;
  });
  // Files go once their rows are gone for good (after the commit): a failed delete leaves an
  // unreferenced file, never a row pointing at nothing.
  const store = storage();
  for (const key of files)
    await store.remove(key).catch((err: unknown) => console.error(`[cron] purge kept the bytes of ${key}:`, err));
  return purged;
}
