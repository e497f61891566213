// Minting and killing a vendor's job link belong to the work order's changes (assign, reassign,
// unassign, cancel), in their transaction; reading a link is the vendor area's (lib/vendors/job-link.ts).
// The token is random (256 bits) and stored only as a hash.
import "server-only";
import { randomToken, sha256 } from "@/lib/crypto";
import type { Tx } from "@/lib/db/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";

const HARD_CAP_DAYS = 400; // no job link outlives this, whatever happens to the job

/** How long after completion the person who did the job may still send the invoice or a message. */
export const JOB_LINK_AFTER_COMPLETION_DAYS = 30;

/** Pure: whether the job, at `now`, is still its assignee's to act on ("open") or to write about ("finished"). */
export function assigneeReach(
  job: { status: WorkOrderStatus; completedAt: Date | null },
  now: Date,
): "open" | "finished" | null {
  if (job.status === "ASSIGNED" || job.status === "SCHEDULED") return "open";
  if (
    (job.status === "COMPLETED" || job.status === "CLOSED") &&
    job.completedAt &&
    now.getTime() - job.completedAt.getTime() <= JOB_LINK_AFTER_COMPLETION_DAYS * 86_400_000
  )
    return "finished";
  return null;
}

/** Mints the link for the job's vendor, retiring any earlier link to this work order. */
export async function issueJobLink(tx: Tx, e: { workOrderId: string; vendorId: string }, now: Date): Promise<string> {
  await revokeJobLinks(tx, e.workOrderId, now);
  return addJobLink(tx, e, now);
}

/**
 * One more link for the job's vendor, leaving their earlier ones working (the page they have open
 * keeps working): for a notice that must carry a link. All of them die together when the job is
 * taken from the vendor.
 */
export async function addJobLink(tx: Tx, e: { workOrderId: string; vendorId: string }, now: Date): Promise<string> {
  const token = randomToken();
  await tx.actionToken.create({
    data: {
      createdAt: now,
      tokenHash: sha256(token),
      purpose: "VENDOR_JOB",
      workOrderId: e.workOrderId,
      subjectId: e.vendorId,
      expiresAt: new Date(now.getTime() + HARD_CAP_DAYS * 86_400_000),
    },
  });
  return token;
}

/** Kills every live job link of a work order (reassigned, unassigned, cancelled). */
export async function revokeJobLinks(tx: Tx, workOrderId: string, now: Date): Promise<void> {
  await tx.actionToken.updateMany({
    where: { workOrderId, purpose: "VENDOR_JOB", revokedAt: null },
    data: { revokedAt: now },
  });
}
