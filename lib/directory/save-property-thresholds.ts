// Admin sets a property's own cost-approval limits (issue 7); an empty one falls back to the
// owner's, then the organisation's. Thresholds are settings: admin only, like the organisation's.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { PropertyThresholdInput } from "@/lib/directory/approval-schemas";
import { allow, found, ownProperty } from "@/lib/directory/guard";

export async function savePropertyThresholds({
  actor,
  propertyId,
  input,
  now,
}: {
  actor: Actor;
  now: Date;
  propertyId: string;
  input: PropertyThresholdInput;
}) {
  allow(actor, "settings:edit");
  found(await db().property.findFirst({ where: ownProperty(actor, propertyId), select: { id: true } }));
  const { managerApprovalLimitCents, ownerApprovalLimitCents } = input;
  return asActor(actor, now, (tx) =>
    tx.property.update({
      where: { id: propertyId },
      data: { managerApprovalLimitCents, ownerApprovalLimitCents },
    }),
  );
}
