// Admin adds (or replaces) an auto-assignment rule: category, optional property → vendor; or removes one.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, fieldError, found } from "@/lib/directory/guard";

export async function saveAutoAssignRule({
  actor,
  input,
  now,
}: {
  actor: Actor;
  now: Date;
  input: { categoryId: string; propertyId?: string; vendorId: string };
}) {
  allow(actor, "settings:edit");
  const org = actor.orgId;
  if (!(await db().category.findFirst({ where: { id: input.categoryId, orgId: org } })))
    throw fieldError("categoryId", "settings.v.category");
  if (input.propertyId && !(await db().property.findFirst({ where: { id: input.propertyId, orgId: org } })))
    throw fieldError("propertyId", "settings.v.property");
  if (!(await db().vendor.findFirst({ where: { id: input.vendorId, orgId: org } })))
    throw fieldError("vendorId", "v.vendor");
  const propertyId = input.propertyId ?? null;
  // A null propertyId is not matched by the unique index's upsert, so replace by hand.
  return asActor(actor, now, async (tx) => {
    await tx.autoAssignRule.deleteMany({ where: { orgId: org, categoryId: input.categoryId, propertyId } });
    return tx.autoAssignRule.create({
      data: { orgId: org, categoryId: input.categoryId, propertyId, vendorId: input.vendorId },
    });
  });
}

export async function deleteAutoAssignRule({ actor, ruleId, now }: { actor: Actor; ruleId: string; now: Date }) {
  allow(actor, "settings:edit");
  found(await db().autoAssignRule.findFirst({ where: { id: ruleId, orgId: actor.orgId } }));
  await asActor(actor, now, (tx) => tx.autoAssignRule.delete({ where: { id: ruleId } }));
}
