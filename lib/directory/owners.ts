// What the directory's owner pages show (admin). Scoped to the actor's organisation in the query.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** Every owner of the organisation, by name, with the names of their properties. */
export function ownerList(actor: Actor) {
  return db().owner.findMany({
    where: { orgId: actor.orgId },
    orderBy: { name: "asc" },
    include: { properties: { select: { name: true } } },
  });
}

/** One owner of the organisation; null when missing or another organisation's. */
export function ownerForEdit(actor: Actor, id: string) {
  return db().owner.findFirst({ where: { id, orgId: actor.orgId } });
}

/** The organisation's owner limit, shown where an owner's own is empty. */
export function orgOwnerNotifyLimit(actor: Actor) {
  return db().organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    select: { ownerNotifyLimitCents: true },
  });
}
