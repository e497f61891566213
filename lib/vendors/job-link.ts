// A vendor's job link (DESIGN.md §1, SECURITY.md): one work order, one vendor, no account. The token
// is random (256 bits) and stored only as a hash. It works while the assignment stands and for 30
// days after completion (to send the invoice or a message); it is dead the moment the job is
// reassigned, unassigned or cancelled. Opening it only reads; every action is a POST.
import "server-only";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/locales";
import { assigneeReach, JOB_LINK_AFTER_COMPLETION_DAYS } from "@/lib/work-orders/job-links";
import { complianceProblems, vendorBlockedReason } from "@/lib/work-orders/vendor-compliance";

export { JOB_LINK_AFTER_COMPLETION_DAYS };
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * open: the vendor may act; finished: completed or closed within 30 days, the vendor may still send
 * the invoice and messages; gone: taken away (reassigned, declined, cancelled) or past its time.
 */
export type JobLinkState = "open" | "finished" | "gone" | "missing";

type Job = { status: WorkOrderStatus; vendorId: string | null; completedAt: Date | null };

/** Pure: what a link to `job` made for `vendorId` allows at `now`. */
export function jobLinkState(
  link: { subjectId: string | null; revokedAt: Date | null; expiresAt: Date },
  job: Job,
  now: Date,
): Exclude<JobLinkState, "missing"> {
  if (link.revokedAt || link.expiresAt <= now || !link.subjectId || job.vendorId !== link.subjectId) return "gone";
  return assigneeReach(job, now) ?? "gone";
}

/** What a job link opens. A pure read: the page's GET (and HEAD) calls only this. */
export async function readJobLink(token: string, now: Date, locale: Locale = "en") {
  if (!TOKEN.test(token)) return { state: "missing" as const };
  const row = await db().actionToken.findUnique({
    where: { tokenHash: sha256(token) },
    include: {
      workOrder: {
        include: {
          vendor: true,
          org: { select: { name: true, timeZone: true, emergencyHotline: true } },
        },
      },
    },
  });
  if (!row || row.purpose !== "VENDOR_JOB" || !row.workOrder) return { state: "missing" as const };
  const wo = row.workOrder;
  const state = jobLinkState(row, wo, now);
  // Papers lapsed: the link shows why instead of its actions (issue 8, compliance).
  const blocked = wo.vendor ? complianceProblems(wo.vendor, now, wo.org.timeZone) : [];
  const blockedReason =
    wo.vendor && blocked.length ? vendorBlockedReason(wo.vendor, now, wo.org.timeZone, locale) : null;
  return {
    state,
    workOrderId: wo.id,
    orgId: wo.orgId,
    vendorId: row.subjectId!,
    company: wo.vendor?.company ?? null,
    trackingNumber: wo.trackingNumber,
    orgName: wo.org.name,
    blocked,
    blockedReason,
  };
}
