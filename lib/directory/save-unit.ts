// Add or rename a unit of a property the actor manages.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, fieldError, found, ownProperty } from "@/lib/directory/guard";

export async function saveUnit({
  actor,
  propertyId,
  unitId,
  input,
  now,
}: {
  actor: Actor;
  now: Date;
  propertyId: string;
  unitId?: string;
  input: { label: string; floor?: number };
}) {
  allow(actor, "directory:edit");
  found(await db().property.findFirst({ where: ownProperty(actor, propertyId) }));
  if (unitId) found(await db().unit.findFirst({ where: { id: unitId, propertyId } }));
  const clash = await db().unit.findFirst({
    where: { propertyId, label: input.label, ...(unitId ? { NOT: { id: unitId } } : {}) },
  });
  if (clash) throw fieldError("label", "dir.v.unitLabelTaken");
  const data = { label: input.label, floor: input.floor ?? null };
  return asActor(actor, now, (tx) =>
    unitId ? tx.unit.update({ where: { id: unitId }, data }) : tx.unit.create({ data: { ...data, propertyId } }),
  );
}
