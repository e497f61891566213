// Minting and killing a vendor's job link belong to the work order's changes (assign, reassign,
// unassign, cancel), in their transaction; reading a link is the vendor area's (lib/vendors/job-link.ts).
// The token is random (256 bits) and stored only as a hash.
import "server-only";
import { randomToken, sha256 } from "@/lib/crypto";
import type { Tx } from "@/lib/db/client";

const HARD_CAP_DAYS = 400; // no job link outlives this, whatever happens to the job

/** Mints the link for the job's vendor, retiring any earlier link to this work order. */
export async function issueJobLink(tx: Tx, e: { workOrderId: string; vendorId: string }, now: Date): Promise<string> {
  await revokeJobLinks(tx, e.workOrderId, now);
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
