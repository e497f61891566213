// Admin adds or edits a property owner's contact details.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, found } from "./guard";
import type { OwnerInput } from "./schemas";

export async function saveOwner({ actor, ownerId, input }: { actor: Actor; ownerId?: string; input: OwnerInput }) {
  allow(actor, "owners:edit");
  const data = { ...input, phone: input.phone ?? null, secondContactEmail: input.secondContactEmail ?? null };
  if (!ownerId) return db().owner.create({ data: { ...data, orgId: actor.orgId } });
  found(await db().owner.findFirst({ where: { id: ownerId, orgId: actor.orgId } }));
  return db().owner.update({ where: { id: ownerId }, data });
}
