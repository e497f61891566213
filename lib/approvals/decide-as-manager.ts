// A manager approves or declines an estimate the rules leave to them (under the owner limit, or an
// emergency). One the owner must approve is refused here: it waits for the owner's link.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { ruleFor } from "@/lib/approvals/owner-approval";
import { scopeFor } from "@/lib/work-orders/scope";
import { formatCents as dollars } from "@/lib/money";

export async function decideAsManager({
  actor,
  estimateId,
  decision,
  comment,
  now,
}: {
  actor: Actor;
  estimateId: string;
  decision: "APPROVED" | "DECLINED";
  comment?: string;
  now: Date;
}) {
  if (!can(actor, "estimate:approve")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  return db().$transaction(async (tx) => {
    const estimate = await tx.costEstimate.findFirst({
      where: { id: estimateId, workOrder: scopeFor(actor) },
      include: { workOrder: { include: { org: true, property: { include: { owner: true } } } } },
    });
    if (!estimate) throw notFound();
    const wo = estimate.workOrder;
    const rule = ruleFor(wo, estimate.amountCents);
    if (rule.approver !== "MANAGER")
      throw new AppError("FORBIDDEN", "err.ownerApproves", undefined, {
        limit: dollars(rule.limits.ownerLimitCents),
        owner: wo.property.owner?.name ?? "err.theOwner",
      });
    const { count } = await tx.costEstimate.updateMany({
      where: { id: estimate.id, status: "PENDING" },
      data: { status: decision },
    });
    if (count === 0) throw new AppError("STALE_VERSION", "err.STALE_VERSION");
    await tx.costApproval.create({
      data: {
        estimateId: estimate.id,
        decision,
        byUserId: actor.userId,
        comment: comment?.trim() || null,
        createdAt: now,
      },
    });
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: decision === "APPROVED" ? "ESTIMATE_APPROVED" : "ESTIMATE_DECLINED",
        details: {
          estimateId: estimate.id,
          amount: dollars(estimate.amountCents),
          ...(comment?.trim() ? { comment: comment.trim() } : {}),
        },
        visibility: "STAFF",
        createdAt: now,
      },
    });
    return { rule };
  });
}
