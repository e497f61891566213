// A vendor's own upload link for their insurance and licence papers (issue 8): 256-bit random,
// stored only as a hash, valid 30 days, usable many times (a vendor may send both papers, or fix a
// mistake), revocable; a new link retires the earlier ones. Reading a link never changes anything.
import "server-only";
import { randomToken, sha256 } from "@/lib/crypto";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

export const PAPERS_LINK_DAYS = 30;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const papersUrl = (token: string) => `${env().PUBLIC_URL}/v/papers/${token}`;

/** A fresh link for this vendor; every earlier one stops working. Returns the raw token (for the email only). */
export async function issuePapersLink(tx: Tx, vendorId: string, now: Date): Promise<string> {
  await revokePapersLinks(tx, vendorId, now);
  const token = randomToken();
  await tx.actionToken.create({
    data: {
      tokenHash: sha256(token),
      purpose: "VENDOR_COMPLIANCE",
      subjectId: vendorId,
      expiresAt: new Date(now.getTime() + PAPERS_LINK_DAYS * 86_400_000),
      createdAt: now,
    },
  });
  return token;
}

export function revokePapersLinks(tx: Tx, vendorId: string, now: Date) {
  return tx.actionToken.updateMany({
    where: { subjectId: vendorId, purpose: "VENDOR_COMPLIANCE", revokedAt: null },
    data: { revokedAt: now },
  });
}

export type PapersLinkState = "valid" | "expired" | "revoked" | "missing";

/** Which vendor a link opens, and whether it still works. Pure read: the page's GET calls only this. */
export async function readPapersLink(token: string, now: Date, client: Pick<Tx, "actionToken" | "vendor"> = db()) {
  if (!TOKEN.test(token)) return { state: "missing" as const };
  const row = await client.actionToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.purpose !== "VENDOR_COMPLIANCE" || !row.subjectId) return { state: "missing" as const };
  const vendor = await client.vendor.findUnique({
    where: { id: row.subjectId },
    include: { org: { select: { name: true, timeZone: true } } },
  });
  if (!vendor) return { state: "missing" as const };
  // An inactive vendor is off the list: their link goes with it.
  const state: PapersLinkState =
    row.revokedAt || !vendor.active ? "revoked" : row.expiresAt <= now ? "expired" : "valid";
  return { state, link: row, vendor };
}

/** The papers a vendor has sent, newest first, for their upload page (reached through a valid link). */
export function papersOnFile(vendorId: string) {
  return db().vendorDocument.findMany({ where: { vendorId }, orderBy: { uploadedAt: "desc" }, take: 20 });
}
