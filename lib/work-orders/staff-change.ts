// The shape every staff change that keeps the status shares (acknowledge, hold, release, reply,
// note): permission first, then in one transaction the scoped read, the version check, the
// conditional update and its event. A stale page or a lost race changes nothing.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma, WorkOrder } from "@/lib/db/generated/client";
import { AppError, notFound, stale } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";

export type StaffArgs = { actor: Actor; trackingNumber: number; version: number; now: Date };

export type Plan = {
  data?: Prisma.WorkOrderUncheckedUpdateManyInput;
  event: { type: string; details: Prisma.InputJsonValue; visibility: "PUBLIC" | "STAFF" };
  /** More writes in the same transaction (a message row, an outbox row), given the event's id. */
  also?: (tx: Tx, wo: WorkOrder, eventId: string) => Promise<void>;
};

export async function staffChange(
  { actor, trackingNumber, version, now }: StaffArgs,
  plan: (wo: WorkOrder, tx: Tx) => Promise<Plan> | Plan,
) {
  if (!can(actor, "work-order:manage")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) } });
    if (!wo) throw notFound();
    if (wo.version !== version) throw stale();
    const p = await plan(wo, tx);
    const { count } = await tx.workOrder.updateMany({
      where: { id: wo.id, version },
      data: { ...p.data, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    const event = await tx.workOrderEvent.create({
      data: { workOrderId: wo.id, actorId: actor.userId, actorLabel: actor.name, createdAt: now, ...p.event },
    });
    await p.also?.(tx, wo, event.id);
    return tx.workOrder.findUniqueOrThrow({ where: { id: wo.id } });
  });
}
