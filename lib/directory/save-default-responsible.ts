// Who new work orders at a property are given as the person responsible (issue 18). A manager sets
// it for their own properties, an admin for any; only someone who may see the property can be
// chosen (work-orders/responsible.ts), and none clears it: new work then starts with no one.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, fieldError, found, ownProperty } from "@/lib/directory/guard";
import { responsibleWhere } from "@/lib/work-orders/responsible";

export async function saveDefaultResponsible({
  actor,
  propertyId,
  userId,
  now,
}: {
  actor: Actor;
  now: Date;
  propertyId: string;
  userId: string | null;
}) {
  allow(actor, "directory:edit");
  const property = found(
    await db().property.findFirst({ where: ownProperty(actor, propertyId), select: { id: true } }),
  );
  if (
    userId &&
    !(await db().user.findFirst({ where: { id: userId, ...responsibleWhere(actor.orgId, [property.id]) } }))
  )
    throw fieldError("defaultResponsibleId", "err.responsibleOutOfScope");
  return asActor(actor, now, (tx) =>
    tx.property.update({ where: { id: property.id }, data: { defaultResponsibleId: userId } }),
  );
}
