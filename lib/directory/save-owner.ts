// Admin adds or edits a property owner: contact details and, when given, their approval terms
// (their own owner limit and an optional "deemed approved after N hours"; null clears either).
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { OwnerApprovalInput } from "@/lib/directory/approval-schemas";
import { allow, found } from "@/lib/directory/guard";
import type { OwnerInput } from "@/lib/directory/schemas";

export async function saveOwner({
  actor,
  ownerId,
  input,
  approval,
  now,
}: {
  actor: Actor;
  now: Date;
  ownerId?: string;
  input: OwnerInput;
  approval?: OwnerApprovalInput;
}) {
  allow(actor, "owners:edit");
  const data = {
    ...input,
    phone: input.phone ?? null,
    secondContactEmail: input.secondContactEmail ?? null,
    ...(approval ?? {}),
  };
  if (!ownerId) return asActor(actor, now, (tx) => tx.owner.create({ data: { ...data, orgId: actor.orgId } }));
  found(await db().owner.findFirst({ where: { id: ownerId, orgId: actor.orgId } }));
  return asActor(actor, now, (tx) => tx.owner.update({ where: { id: ownerId }, data }));
}
