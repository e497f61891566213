// Messages that failed every try, seen where the work is: a flag on the work order page and a
// badge on its queue row. Managers of the property can send them again from the work order.
import "server-only";
import { lostItsLink } from "@/lib/outbox/outbox";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";

/**
 * How many failed messages each of these work orders has: one query on the indexed workOrderId
 * for a page of rows (never a scan of the outbox), so the queue's own query is unchanged.
 */
export async function failedMessageCounts(workOrderIds: string[]): Promise<Map<string, number>> {
  if (workOrderIds.length === 0) return new Map();
  const groups = await db().outboxMessage.groupBy({
    by: ["workOrderId"],
    where: { workOrderId: { in: workOrderIds }, status: "FAILED" },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.workOrderId!, g._count._all]));
}

/** Sends a work order's failed messages again (back to pending, due now, tries counted afresh). */
export async function retryWorkOrderMessages({
  actor,
  trackingNumber,
  now,
}: {
  actor: Actor;
  trackingNumber: number;
  now: Date;
}): Promise<{ queued: number; lost: number }> {
  if (!can(actor, "work-order:manage")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  const wo = await db().workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) }, select: { id: true } });
  if (!wo) throw notFound();
  const failed = await db().outboxMessage.findMany({
    where: { workOrderId: wo.id, status: "FAILED" },
    select: { id: true, body: true, secretEnc: true },
  });
  const retry = failed.filter((m) => !lostItsLink(m)).map((m) => m.id);
  const { count } = await db().outboxMessage.updateMany({
    where: { id: { in: retry }, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lastError: null },
  });
  return { queued: count, lost: failed.length - retry.length };
}
