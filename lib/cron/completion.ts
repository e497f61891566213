// After the work: the tenant is asked "Is this resolved?"; with no answer for the organisation's
// auto-close days (default 7) the request closes itself, and the satisfaction survey goes out.
import "server-only";
import { ORG_FOR_MESSAGES, tellTenant } from "./messages";
import { BATCH, lockedStep, utc } from "./step";

export function askIfResolved(now: Date) {
  return lockedStep("completion", async (tx) => {
    const done = await tx.workOrder.findMany({
      where: { status: "COMPLETED", completedAt: { not: null, lte: now } },
      include: { org: { select: ORG_FOR_MESSAGES } },
      orderBy: { completedAt: "asc" },
      take: BATCH,
    });
    let asked = 0;
    for (const wo of done) {
      asked += await tellTenant(tx, wo, `resolved?:${wo.completedAt!.toISOString()}`, "resolved-question", wo.org, now);
    }
    return asked;
  });
}

export function autoClose(now: Date) {
  return lockedStep("autoClose", async (tx) => {
    const stale = await tx.$queryRaw<{ id: string; version: number; days: number }[]>`
      SELECT w.id, w.version, o."autoCloseDays" AS days FROM "WorkOrder" w JOIN "Organization" o ON o.id = w."orgId"
      WHERE w.status = 'COMPLETED' AND w."completedAt" <= ${utc(now)} - make_interval(days => o."autoCloseDays")
      ORDER BY w."completedAt" LIMIT ${BATCH}`;
    let closed = 0;
    for (const { id, version, days } of stale) {
      const { count } = await tx.workOrder.updateMany({ where: { id, version, status: "COMPLETED" }, data: { status: "CLOSED", closedAt: now, version: { increment: 1 } } });
      if (count === 0) continue; // someone answered in the meantime
      const wo = await tx.workOrder.findUniqueOrThrow({ where: { id }, include: { org: { select: ORG_FOR_MESSAGES } } });
      await tx.workOrderEvent.create({
        data: { workOrderId: id, actorLabel: "System", type: "STATUS_CHANGED", fromStatus: "COMPLETED", toStatus: "CLOSED", details: { reason: `no answer in ${days} days`, auto: true }, createdAt: now },
      });
      await tellTenant(tx, wo, "survey", "survey", wo.org, now);
      closed++;
    }
    return closed;
  });
}
