// Tracking links: what someone without an account follows. 256-bit tokens (made in
// create-work-order.ts), stored as hashes.
import "server-only";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";

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
          attachments: {
            where: { kind: { in: ["PHOTO", "VIDEO"] }, stage: { not: "INVOICE" } },
            select: { id: true, fileName: true, kind: true, contentType: true },
            orderBy: { createdAt: "asc" },
          },
        },
      },
    },
  });
  return row?.workOrder ?? null;
}
