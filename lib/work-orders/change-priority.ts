// A manager changes a work order's priority, with a reason (DESIGN.md §4). The SLA due times are
// recomputed from when the request came in, on the new priority's targets; the change is
// conditional on the version the manager saw and logged as a staff event.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Priority } from "@/lib/db/generated/enums";
import { AppError, invalidField, notFound, stale } from "@/lib/errors";
import { slaSettings } from "@/lib/work-orders/org-calendar";
import { scopeFor } from "@/lib/work-orders/scope";
import { computeDueTimes } from "@/lib/work-orders/sla";

const CLOSED = ["CLOSED", "CANCELLED"];

export async function changePriority({
  actor,
  trackingNumber,
  version,
  priority,
  reason,
  now,
}: {
  actor: Actor;
  trackingNumber: number;
  version: number;
  priority: Priority;
  reason: string;
  now: Date;
}) {
  if (!can(actor, "work-order:manage")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  const why = reason.trim();
  if (why.length < 3) throw invalidField("reason", "v.reason");
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) } });
    if (!wo) throw notFound();
    if (wo.version !== version) throw stale();
    if (CLOSED.includes(wo.status)) throw new AppError("TRANSITION_NOT_ALLOWED", "err.priorityFinished");
    if (wo.priority === priority) throw invalidField("priority", "err.priorityUnchanged");
    const { targets, calendar, atRiskPercent } = await slaSettings(tx, wo.orgId);
    const due = computeDueTimes(priority, wo.createdAt, targets, calendar, atRiskPercent);
    const { count } = await tx.workOrder.updateMany({
      where: { id: wo.id, version },
      data: { priority, ...due, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "PRIORITY_CHANGED",
        details: { from: wo.priority, to: priority, reason: why },
        visibility: "STAFF",
        createdAt: now,
      },
    });
    return tx.workOrder.findUniqueOrThrow({ where: { id: wo.id } });
  });
}
