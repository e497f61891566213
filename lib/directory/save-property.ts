// A property's name, address, intake slug and owner. Managers edit their own properties; only an
// admin creates one or changes its owner (owners are the admin's to manage).
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { allow, fieldError, found, ownProperty } from "@/lib/directory/guard";
import type { PropertyInput } from "@/lib/directory/schemas";

export async function saveProperty({
  actor,
  propertyId,
  input,
  now,
}: {
  actor: Actor;
  now: Date;
  propertyId?: string;
  input: PropertyInput;
}) {
  allow(actor, propertyId ? "directory:edit" : "managers:assign");
  const current = propertyId ? found(await db().property.findFirst({ where: ownProperty(actor, propertyId) })) : null;
  const ownerId = can(actor, "owners:edit") ? (input.ownerId ?? null) : (current?.ownerId ?? null);
  if (ownerId && !(await db().owner.findFirst({ where: { id: ownerId, orgId: actor.orgId } })))
    throw fieldError("ownerId", "dir.v.ownerFromList");
  // Slugs are global (the intake link has no org in it).
  const clash = await db().property.findFirst({
    where: { slug: input.slug, ...(propertyId ? { NOT: { id: propertyId } } : {}) },
  });
  if (clash) throw fieldError("slug", "dir.v.slugTaken");
  const data = { name: input.name, address: input.address, slug: input.slug, ownerId };
  return asActor(actor, now, (tx) =>
    propertyId
      ? tx.property.update({ where: { id: propertyId }, data })
      : tx.property.create({ data: { ...data, orgId: actor.orgId } }),
  );
}
