// Owner approval links (SECURITY.md): 256-bit random, stored only as a hash, single-use, expiring
// (7 days), bound to one estimate and its amount. Reading a link never spends it.
import "server-only";
import { randomToken, sha256 } from "@/lib/crypto";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

export const APPROVAL_LINK_DAYS = 7;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export async function issueApprovalLink(
  tx: Tx,
  e: { workOrderId: string; estimateId: string; ownerId: string; amountCents: number },
  now: Date,
  { keepEarlier = false } = {},
): Promise<string> {
  // A new link for an estimate retires every earlier one (an edit, a reminder), unless it goes to
  // someone else (the owner's second contact): then either may answer, once.
  if (!keepEarlier)
    await tx.actionToken.updateMany({
      where: { estimateId: e.estimateId, purpose: "OWNER_APPROVAL", usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
  const token = randomToken();
  await tx.actionToken.create({
    data: {
      createdAt: now,
      tokenHash: sha256(token),
      purpose: "OWNER_APPROVAL",
      workOrderId: e.workOrderId,
      estimateId: e.estimateId,
      subjectId: e.ownerId,
      amountCents: e.amountCents,
      expiresAt: new Date(now.getTime() + APPROVAL_LINK_DAYS * 86_400_000),
    },
  });
  return token;
}

export type LinkState = "valid" | "used" | "expired" | "superseded" | "missing";

/** What a link opens, and whether it can still decide. Pure read: GET and HEAD call only this. */
export async function readApprovalLink(token: string, now: Date) {
  if (!TOKEN.test(token)) return { state: "missing" as const };
  const row = await db().actionToken.findUnique({
    where: { tokenHash: sha256(token) },
    include: { estimate: { include: { vendor: { select: { company: true } } } } },
  });
  if (!row || row.purpose !== "OWNER_APPROVAL" || !row.estimate || !row.workOrderId)
    return { state: "missing" as const };
  const state: LinkState = row.usedAt
    ? "used"
    : row.revokedAt || row.estimate.status !== "PENDING" || row.estimate.amountCents !== row.amountCents
      ? "superseded"
      : row.expiresAt <= now
        ? "expired"
        : "valid";
  return { state, link: row };
}
