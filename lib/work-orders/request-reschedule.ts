// "Can't make this time?": a tenant asks for another visit time. The window stays until a manager
// or the vendor sets a new one (or declines); the request is on the timeline and the managers are told.
import "server-only";
import type { Actor, Caller } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, notFound, stale } from "@/lib/errors";
import { tellManagers } from "@/lib/notifications/tell";
import { enqueue } from "@/lib/outbox/outbox";
import { scopeFor } from "@/lib/work-orders/scope";

export async function requestReschedule({
  actor,
  trackingNumber,
  version,
  times,
  reason,
  now,
}: {
  actor: Caller;
  trackingNumber: number;
  version: number;
  times: string;
  reason?: string;
  now: Date;
}) {
  if (actor.role !== "TENANT") throw new AppError("ROLE_NOT_ALLOWED", "err.ROLE_NOT_ALLOWED");
  const wo = await db().workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) } });
  if (!wo) throw notFound();
  if (wo.version !== version) throw stale();
  if (wo.status !== "SCHEDULED") throw new AppError("TRANSITION_NOT_ALLOWED", "err.rescheduleScheduledOnly");
  return db().$transaction(async (tx) => {
    const { count } = await tx.workOrder.updateMany({
      where: { id: wo.id, version },
      data: { rescheduleRequestedAt: now, rescheduleTimes: times, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    const event = await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "RESCHEDULE_REQUESTED",
        details: { times, ...(reason ? { reason } : {}) },
        createdAt: now,
      },
    });
    await tellManagers(
      tx,
      wo,
      {
        event: `resched:${event.id}`,
        template: "reschedule-request",
        vars: { number: wo.trackingNumber, name: actor.name, times, reason },
      },
      now,
    );
  });
}

/** Staff say no to the tenant's proposed times; the booked window stands and the tenant is told why. */
export async function declineReschedule({
  actor,
  trackingNumber,
  version,
  reason,
  now,
}: {
  actor: Actor;
  trackingNumber: number;
  version: number;
  reason: string;
  now: Date;
}) {
  if (actor.role !== "ADMIN" && actor.role !== "MANAGER")
    throw new AppError("ROLE_NOT_ALLOWED", "err.ROLE_NOT_ALLOWED");
  const wo = await db().workOrder.findFirst({
    where: { trackingNumber, ...scopeFor(actor) },
    include: { reporter: { select: { id: true, email: true } } },
  });
  if (!wo) throw notFound();
  if (wo.version !== version) throw stale();
  if (!wo.rescheduleRequestedAt) throw new AppError("INVALID_INPUT", "err.noPendingReschedule");
  return db().$transaction(async (tx) => {
    const { count } = await tx.workOrder.updateMany({
      where: { id: wo.id, version },
      data: { rescheduleRequestedAt: null, rescheduleTimes: null, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    const event = await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "RESCHEDULE_DECLINED",
        details: { reason },
        createdAt: now,
      },
    });
    const to = wo.reporter?.email ?? wo.reporterEmail;
    if (to) {
      await enqueue(
        tx,
        {
          orgId: wo.orgId,
          dedupeKey: `resched-declined:${event.id}:EMAIL`,
          channel: "EMAIL",
          recipient: to,
          userId: wo.reporter?.id,
          workOrderId: wo.id,
          template: "reschedule-declined",
          subject: `Your visit for request #${wo.trackingNumber} stays as booked`,
          body: reason,
        },
        now,
      );
    }
  });
}
