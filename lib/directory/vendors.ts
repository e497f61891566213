// What the directory's vendor pages show (the list with open-job counts is lib/vendors/vendor-list.ts,
// which needs the work-order statuses). Scoped to the organisation in the query.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** One vendor of the organisation with their category ranks; null when missing or another's. */
export function vendorForEdit(actor: Actor, id: string) {
  return db().vendor.findFirst({ where: { id, orgId: actor.orgId }, include: { categories: true } });
}

/** The categories a vendor can be ranked for, in the organisation's order. */
export function vendorCategoryOptions(actor: Actor) {
  return db().category.findMany({
    where: { orgId: actor.orgId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true },
  });
}

/** The vendor's organisation's time zone and every paper they sent, newest first. */
export async function vendorPapers(vendor: { id: string; orgId: string }) {
  const [org, documents] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: vendor.orgId }, select: { timeZone: true } }),
    db().vendorDocument.findMany({ where: { vendorId: vendor.id }, orderBy: { uploadedAt: "desc" } }),
  ]);
  return { org, documents };
}

/** One paper of a vendor of the actor's organisation; null for anything else. */
export function vendorDocument(actor: Actor, vendorId: string, docId: string) {
  return db().vendorDocument.findFirst({
    where: { id: docId, vendorId, vendor: { orgId: actor.orgId } },
  });
}
