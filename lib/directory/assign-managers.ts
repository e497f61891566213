// Admin sets which managers look after a property (replaces the list). A manager taken off it stops
// being its default responsible person too: new requests would otherwise name someone who cannot see them.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, fieldError, found } from "@/lib/directory/guard";

export async function assignManagers({
  actor,
  propertyId,
  managerIds,
  now,
}: {
  actor: Actor;
  now: Date;
  propertyId: string;
  managerIds: string[];
}) {
  allow(actor, "managers:assign");
  found(await db().property.findFirst({ where: { id: propertyId, orgId: actor.orgId } }));
  const managers = await db().user.findMany({
    where: { id: { in: managerIds }, orgId: actor.orgId, role: "MANAGER" },
    select: { id: true },
  });
  if (managers.length !== new Set(managerIds).size) throw fieldError("managerIds", "dir.v.managersFromList");
  await asActor(actor, now, async (tx) => {
    await tx.propertyManager.deleteMany({ where: { propertyId } });
    if (managers.length)
      await tx.propertyManager.createMany({ data: managers.map((m) => ({ propertyId, userId: m.id })) });
    await tx.property.updateMany({
      where: {
        id: propertyId,
        defaultResponsible: { role: "MANAGER" },
        NOT: { defaultResponsibleId: { in: managers.map((m) => m.id) } },
      },
      data: { defaultResponsibleId: null },
    });
  });
}
