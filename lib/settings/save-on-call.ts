// Admin sets a property's on-call chain: the ordered people paged for an emergency.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, found } from "@/lib/directory/guard";

export async function saveOnCall({
  actor,
  propertyId,
  contacts,
  now,
}: {
  actor: Actor;
  now: Date;
  propertyId: string;
  contacts: { name: string; phone: string }[];
}) {
  allow(actor, "settings:edit");
  found(await db().property.findFirst({ where: { id: propertyId, orgId: actor.orgId } }));
  await asActor(actor, now, async (tx) => {
    await tx.onCallContact.deleteMany({ where: { propertyId } });
    if (contacts.length)
      await tx.onCallContact.createMany({ data: contacts.map((c, i) => ({ propertyId, position: i + 1, ...c })) });
  });
}
