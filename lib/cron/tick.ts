// One cron tick (DESIGN.md §8): every step in its own short transaction under its own lock, then
// delivery of what is due (including what the steps just queued). Safe to run twice at once, to
// retry after a crash, and from several instances.
import "server-only";
import { DELIVERY_BATCH, deliverDueMessages } from "@/lib/outbox/deliver";
import { askIfResolved, autoClose } from "@/lib/cron/completion";
import { pageOnCall } from "@/lib/cron/emergencies";
import { purgeStale } from "@/lib/cron/purge";
import { chaseOwnerApprovals } from "@/lib/cron/owner-approvals";
import { sendReminders } from "@/lib/cron/reminders";
import { sendMonthlyExports } from "@/lib/cron/monthly-export";
import { chaseVendorPapers } from "@/lib/cron/vendor-compliance";
import { raiseSlaAlerts } from "@/lib/cron/sla-alerts";

const DELIVERY_ROUNDS = 10;

export type TickReport = Record<
  | "reminders"
  | "slaAlerts"
  | "pages"
  | "resolvedQuestions"
  | "autoClosed"
  | "ownerApprovals"
  | "vendorPapers"
  | "monthlyExports"
  | "purged",
  number | "busy"
> & { sent: number; failed: number };

export async function runTick(now: Date): Promise<TickReport> {
  const report = {
    pages: await pageOnCall(now),
    slaAlerts: await raiseSlaAlerts(now),
    reminders: await sendReminders(now),
    resolvedQuestions: await askIfResolved(now),
    autoClosed: await autoClose(now),
    ownerApprovals: await chaseOwnerApprovals(now),
    vendorPapers: await chaseVendorPapers(now),
    monthlyExports: await sendMonthlyExports(now),
    purged: await purgeStale(now), // stale drafts, expired sign-in tokens, old rate-limit hits
  };
  // Batches until the due messages are out (bounded, so one tick stays short on the embedded database).
  const delivery = { sent: 0, failed: 0 };
  for (let round = 0; round < DELIVERY_ROUNDS; round++) {
    const got = await deliverDueMessages(now);
    delivery.sent += got.sent;
    delivery.failed += got.failed;
    if (got.sent + got.failed < DELIVERY_BATCH) break;
  }
  return { ...report, ...delivery };
}
