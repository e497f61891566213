// Changing a pending estimate kills its old owner link (the link is bound to the amount) and, when
// the owner must still approve, sends a new one; when the new amount is the manager's to approve,
// the owner-approval hold is released.
import "server-only";
import { renderOwnerMessage } from "@/lib/notifications/owner-templates";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, invalidField, notFound } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";
import { askOwner, ruleFor } from "@/lib/approvals/owner-approval";
import { formatCents as dollars } from "@/lib/money";

export async function updateEstimate({
  actor,
  estimateId,
  amountCents,
  description,
  now,
}: {
  actor: Actor;
  estimateId: string;
  amountCents: number;
  description: string;
  now: Date;
}) {
  if (!can(actor, "estimate:add")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw invalidField("amount", "err.estimateAmount");
  return db().$transaction(async (tx) => {
    const estimate = await tx.costEstimate.findFirst({
      where: { id: estimateId, status: "PENDING", workOrder: scopeFor(actor) },
      include: { workOrder: { include: { org: true, unit: true, property: { include: { owner: true } } } } },
    });
    if (!estimate) throw notFound();
    const wo = estimate.workOrder;
    const owner = wo.property.owner;
    await tx.costEstimate.update({
      where: { id: estimate.id },
      data: { amountCents, description: description.trim() || estimate.description },
    });
    await tx.actionToken.updateMany({
      where: { estimateId: estimate.id, purpose: "OWNER_APPROVAL", usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "ESTIMATE_CHANGED",
        details: { estimateId: estimate.id, from: dollars(estimate.amountCents), to: dollars(amountCents) },
        visibility: "STAFF",
        createdAt: now,
      },
    });
    const rule = ruleFor(wo, amountCents);
    if (rule.approver === "OWNER" && owner) {
      await askOwner(
        tx,
        {
          wo,
          owner,
          estimateId: estimate.id,
          amountCents,
          dedupeKey: `estimate:${estimate.id}:${amountCents}:owner-approval:${now.getTime()}`,
          ...renderOwnerMessage("owner-approval-changed", {
            owner: owner.name,
            amount: dollars(amountCents),
            place: `${wo.property.name} ${wo.unit.label}`,
            number: wo.trackingNumber,
            org: wo.org.name,
          }),
        },
        now,
      );
    } else if (wo.holdReason === "WAITING_FOR_OWNER_APPROVAL") {
      await tx.workOrder.update({
        where: { id: wo.id },
        data: { holdReason: null, holdNote: null, version: { increment: 1 } },
      });
      await tx.workOrderEvent.create({
        data: {
          workOrderId: wo.id,
          actorLabel: "System",
          type: "HOLD_RELEASED",
          details: { reason: "estimate within the manager's approval" },
          createdAt: now,
        },
      });
    }
    return { rule };
  });
}
