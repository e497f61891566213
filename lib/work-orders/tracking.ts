// Tracking links: what someone without an account follows. Random 256-bit tokens, stored as hashes.
import "server-only";
import { randomToken, sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { TRACKING_LINK_DAYS } from "./create-work-order";

export async function issueTrackingLink(workOrderId: string, now: Date): Promise<string> {
  const token = randomToken();
  await db().actionToken.create({
    data: { createdAt: now, tokenHash: sha256(token), purpose: "TRACKING", workOrderId, expiresAt: new Date(now.getTime() + TRACKING_LINK_DAYS * 86_400_000) },
  });
  return token;
}

/** The work order a tracking token opens (public events only), or null for a bad, expired or revoked one. */
export async function workOrderByTrackingToken(token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db().actionToken.findFirst({
    where: { tokenHash: sha256(token), purpose: "TRACKING", revokedAt: null, expiresAt: { gt: now } },
    include: {
      workOrder: {
        include: {
          category: { select: { name: true } },
          unit: { select: { label: true } },
          property: { select: { name: true } },
          vendor: { select: { company: true } },
          org: { select: { timeZone: true, emergencyHotline: true, name: true } },
          events: { where: { visibility: "PUBLIC" }, orderBy: { createdAt: "asc" } },
          attachments: { where: { kind: { in: ["PHOTO", "VIDEO"] }, stage: { not: "INVOICE" } }, select: { id: true, fileName: true, kind: true, contentType: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  return row?.workOrder ?? null;
}
