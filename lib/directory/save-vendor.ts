// Admin adds or edits a vendor, with the categories they serve and their rank in each.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, fieldError, found } from "@/lib/directory/guard";
import type { VendorInput } from "@/lib/directory/schemas";

export async function saveVendor({
  actor,
  vendorId,
  input,
  now,
}: {
  actor: Actor;
  vendorId?: string;
  input: VendorInput;
  now: Date;
}) {
  allow(actor, "vendors:edit");
  const { categories, ...data } = input;
  const known = await db().category.findMany({
    where: { orgId: actor.orgId, id: { in: categories.map((c) => c.categoryId) } },
    select: { id: true },
  });
  if (known.length !== new Set(categories.map((c) => c.categoryId)).size)
    throw fieldError("categories", "dir.v.categoriesFromList");
  const fields = {
    ...data,
    phone: data.phone ?? null,
    hourlyRateCents: data.hourlyRateCents ?? null,
    callOutFeeCents: data.callOutFeeCents ?? null,
    insuranceNumber: data.insuranceNumber ?? null,
    insuranceExpiresAt: data.insuranceExpiresAt ?? null,
    licenceNumber: data.licenceNumber ?? null,
    licenceExpiresAt: data.licenceExpiresAt ?? null,
  };
  return asActor(actor, now, async (tx) => {
    const vendor = vendorId
      ? (found(await tx.vendor.findFirst({ where: { id: vendorId, orgId: actor.orgId } })),
        await tx.vendor.update({ where: { id: vendorId }, data: fields }))
      : await tx.vendor.create({ data: { ...fields, orgId: actor.orgId } });
    await tx.vendorCategory.deleteMany({ where: { vendorId: vendor.id } });
    if (categories.length)
      await tx.vendorCategory.createMany({ data: categories.map((c) => ({ vendorId: vendor.id, ...c })) });
    return vendor;
  });
}
