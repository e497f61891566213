// Moves a work order along its life. The transition table decides whether the move is allowed for
// this actor; the update is conditional on the version the actor saw, so a stale page changes
// nothing; the status change and its event are one transaction.
import "server-only";
import type { Caller } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { AppError, notFound, stale } from "@/lib/errors";
import { checkTransition } from "./transitions";
import { scopeFor } from "./scope";

export type StatusChange =
  | { to: "ASSIGNED"; vendorId: string; reason?: string }
  | { to: "ASSIGNED"; reopen: true; reason: string } // "not fixed": back to the same vendor
  | { to: "SCHEDULED"; windowStart: Date; windowEnd: Date }
  | { to: "COMPLETED"; notes: string; actualCostCents?: number }
  | { to: "CLOSED" }
  | { to: "CANCELLED"; reason: string }
  | { to: "NEW"; reason: string };

export async function changeStatus({ actor, trackingNumber, version, change, now = new Date() }: {
  actor: Caller;
  trackingNumber: number;
  version: number;
  change: StatusChange;
  now?: Date;
}) {
  const wo = await db().workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) } });
  if (!wo) throw notFound();
  if (wo.version !== version) throw stale();
  const check = checkTransition({ from: wo.status, to: change.to, who: actor.role, closedAt: wo.closedAt, now });
  if (!check.ok) throw new AppError(check.code, check.message, undefined, check.vars);
  // Reassigning, reopening and cancelling all say why (DESIGN.md §2).
  const reason = "reason" in change ? change.reason?.trim() : undefined;
  if ((check.requires === "reason" || (change.to === "ASSIGNED" && wo.status !== "NEW")) && !reason) {
    throw new AppError("INVALID_INPUT", "common.checkField", { reason: ["v.reason"] });
  }

  const data: Prisma.WorkOrderUpdateManyMutationInput & { vendorId?: string | null } = { status: change.to, version: { increment: 1 } };
  const details: Record<string, string | number> = {};
  if (change.to === "ASSIGNED" && "reopen" in change) {
    if (wo.status !== "COMPLETED") throw new AppError("TRANSITION_NOT_ALLOWED", "err.notReported");
    data.completedAt = null;
    details.reason = change.reason;
    details.reopened = "not fixed";
  } else if (change.to === "ASSIGNED") {
    const vendor = await db().vendor.findFirst({ where: { id: change.vendorId, orgId: actor.orgId, active: true } });
    if (!vendor) throw new AppError("INVALID_INPUT", "common.checkField", { vendorId: ["Choose a vendor from the list."] });
    data.vendorId = vendor.id;
    data.firstResponseAt = wo.firstResponseAt ?? now;
    details.vendor = vendor.company;
    if (reason) details.reason = reason;
  } else if (change.to === "SCHEDULED") {
    if (!(change.windowEnd > change.windowStart)) {
      throw new AppError("INVALID_INPUT", "common.checkField", { windowEnd: ["v.windowOrder"] });
    }
    data.windowStart = change.windowStart;
    data.windowEnd = change.windowEnd;
    // A new window answers the tenant's "can't make this time" request, if there was one.
    data.rescheduleRequestedAt = null;
    data.rescheduleTimes = null;
    if (wo.rescheduleTimes) details.tenantAsked = wo.rescheduleTimes;
    details.windowStart = change.windowStart.toISOString();
    details.windowEnd = change.windowEnd.toISOString();
  } else if (change.to === "COMPLETED") {
    data.completedAt = now;
    data.completionNotes = change.notes;
    if (change.actualCostCents !== undefined) data.actualCostCents = change.actualCostCents;
    details.notes = change.notes;
  } else if (change.to === "CLOSED") {
    data.closedAt = now;
  } else if (change.to === "CANCELLED") {
    data.cancelledAt = now;
    details.reason = change.reason;
  } else if (change.to === "NEW") {
    data.vendorId = null;
    details.reason = change.reason;
  }

  return db().$transaction(async (tx) => {
    const { count } = await tx.workOrder.updateMany({ where: { id: wo.id, version }, data });
    if (count === 0) throw stale();
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "STATUS_CHANGED",
        fromStatus: wo.status as WorkOrderStatus,
        toStatus: change.to,
        details,
        createdAt: now,
      },
    });
    return tx.workOrder.findUniqueOrThrow({ where: { id: wo.id } });
  });
}
