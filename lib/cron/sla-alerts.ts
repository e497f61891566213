// Managers hear once when a work order's next SLA target is at risk (its at-risk time, stored when the
// due times were computed: the organisation's share of the target, 75% by default) and
// once when it is breached (DESIGN.md §4), each in their language and by their channel (a breach
// is texted at any hour). The alert is an event on the work order (staff only), which is also what
// marks it sent: the candidate query skips work orders that already have it. A batch is read in a
// few queries and written in two (events, outbox rows), so the step holds its lock briefly.
import "server-only";
import { slaClock } from "@/lib/work-orders/sla-status";
import { staffOutgoing } from "@/lib/notifications/notify-managers";
import { enqueueMany, type Outgoing } from "@/lib/outbox/outbox";
import { managersByProperty } from "@/lib/notifications/recipients";
import { dashboardLink } from "@/lib/notifications/tell";
import type { Prisma } from "@/lib/db/generated/client";
import { formatInZone } from "@/lib/time";
import { BATCH, lockedStep, utc } from "@/lib/cron/step";

export function raiseSlaAlerts(now: Date) {
  return lockedStep("slaAlerts", async (tx) => {
    const candidates = await tx.$queryRaw<{ id: string; alert: string }[]>`
      SELECT id, alert FROM (
        SELECT w.id, CASE
          WHEN w."firstResponseAt" IS NULL THEN CASE WHEN w."responseDueAt" <= ${utc(now)} THEN 'response:breached' ELSE 'response:at-risk' END
          ELSE CASE WHEN w."resolutionDueAt" <= ${utc(now)} THEN 'resolution:breached' ELSE 'resolution:at-risk' END END AS alert
        FROM "WorkOrder" w
        WHERE w.status IN ('NEW', 'ASSIGNED', 'SCHEDULED') AND w."completedAt" IS NULL
          AND ((w."firstResponseAt" IS NULL AND w."responseAtRiskAt" <= ${utc(now)}) OR (w."firstResponseAt" IS NOT NULL AND w."resolutionAtRiskAt" <= ${utc(now)}))
      ) c
      WHERE NOT EXISTS (SELECT 1 FROM "WorkOrderEvent" e WHERE e."workOrderId" = c.id AND e.type = 'SLA_ALERT' AND e.details->>'alert' = c.alert)
      LIMIT ${BATCH}`;
    if (candidates.length === 0) return 0;
    // One read for the whole batch, not one per work order; likewise the managers of their properties.
    const rows = await tx.workOrder.findMany({
      where: { id: { in: candidates.map((c) => c.id) } },
      include: {
        property: { select: { name: true } },
        unit: { select: { label: true } },
        category: { select: { name: true } },
        org: { select: { timeZone: true, quietHoursStartMinute: true, quietHoursEndMinute: true } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const managers = new Map<string, Awaited<ReturnType<typeof managersByProperty>>>();
    for (const orgId of new Set(rows.map((r) => r.orgId))) {
      managers.set(
        orgId,
        await managersByProperty(tx, orgId, [
          ...new Set(rows.filter((r) => r.orgId === orgId).map((r) => r.propertyId)),
        ]),
      );
    }
    const events: Prisma.WorkOrderEventCreateManyInput[] = [];
    const outgoing: Outgoing[] = [];
    for (const { id, alert } of candidates) {
      const wo = byId.get(id)!;
      const clock = slaClock(wo, now);
      if (!clock || `${clock.target}:${clock.state}` !== alert) continue; // the pure module has the last word
      const [target, state] = alert.split(":");
      events.push({
        workOrderId: id,
        actorLabel: "System",
        type: "SLA_ALERT",
        details: { alert, dueAt: clock.dueAt.toISOString() },
        visibility: "STAFF",
        createdAt: now,
      });
      const notice = {
        event: `wo:${wo.id}:sla:${alert}`,
        template: state === "breached" ? ("sla-breached" as const) : ("sla-at-risk" as const),
        urgent: state === "breached",
        link: dashboardLink(wo.trackingNumber),
        vars: (locale: "en" | "es") => ({
          target,
          priority: wo.priority,
          number: wo.trackingNumber,
          category: wo.category.name,
          place: `${wo.property.name} ${wo.unit.label}`,
          due: formatInZone(clock.dueAt, wo.org.timeZone, { dateStyle: "medium", timeStyle: "short" }, locale),
        }),
      };
      outgoing.push(...staffOutgoing(wo, managers.get(wo.orgId)!.get(wo.propertyId) ?? [], notice, now, wo.org));
    }
    await tx.workOrderEvent.createMany({ data: events });
    await enqueueMany(tx, outgoing, now);
    return events.length;
  });
}
