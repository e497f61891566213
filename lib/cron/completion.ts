// After the work: the tenant is asked "Is this resolved?"; with no answer for the organisation's
// auto-close days (default 7) the request closes itself, and the satisfaction survey goes out.
import "server-only";
import { ORG_FOR_MESSAGES, tellTenant } from "@/lib/notifications/tell";
import { BATCH, lockedStep, utc } from "@/lib/cron/step";

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
    if (stale.length === 0) return 0;
    // One conditional update for the batch: a row someone answered in the meantime (its version or
    // status moved) is left alone.
    const closed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "WorkOrder" w SET status = 'CLOSED', "closedAt" = ${utc(now)}, version = w.version + 1, "updatedAt" = ${utc(now)}
      FROM (SELECT unnest(${stale.map((s) => s.id)}::text[]) AS id, unnest(${stale.map((s) => s.version)}::int[]) AS version) v
      WHERE w.id = v.id AND w.version = v.version AND w.status = 'COMPLETED'
      RETURNING w.id`;
    const days = new Map(stale.map((s) => [s.id, s.days]));
    await tx.workOrderEvent.createMany({
      data: closed.map(({ id }) => ({
        workOrderId: id,
        actorLabel: "System",
        type: "STATUS_CHANGED",
        fromStatus: "COMPLETED" as const,
        toStatus: "CLOSED" as const,
        details: { reason: `no answer in ${days.get(id)} days`, auto: true },
        createdAt: now,
      })),
    });
    const rows = await tx.workOrder.findMany({
      where: { id: { in: closed.map((c) => c.id) } },
      include: { org: { select: ORG_FOR_MESSAGES } },
    });
    for (const wo of rows) await tellTenant(tx, wo, "survey", "survey", wo.org, now);
    return closed.length;
  });
}
