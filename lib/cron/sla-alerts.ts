// Managers hear once when a work order's next SLA target is at risk (75% of its time gone) and
// once when it is breached (DESIGN.md §4). The alert is an event on the work order (staff only),
// which is also what marks it sent: the candidate query skips work orders that already have it.
import "server-only";
import { slaClock } from "@/lib/work-orders/sla-status";
import { tellManagers } from "@/lib/notifications/tell";
import { formatInZone } from "@/lib/time";
import { BATCH, lockedStep, utc } from "./step";

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
    // One read for the whole batch, not one per work order.
    const rows = await tx.workOrder.findMany({ where: { id: { in: candidates.map((c) => c.id) } }, include: { property: { select: { name: true } }, unit: { select: { label: true } }, category: { select: { name: true } }, org: { select: { timeZone: true } } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    let raised = 0;
    for (const { id, alert } of candidates) {
      const wo = byId.get(id)!;
      const clock = slaClock(wo, now);
      if (!clock || `${clock.target}:${clock.state}` !== alert) continue; // the pure module has the last word
      const [target, state] = alert.split(":");
      await tx.workOrderEvent.create({ data: { workOrderId: id, actorLabel: "System", type: "SLA_ALERT", details: { alert, dueAt: clock.dueAt.toISOString() }, visibility: "STAFF", createdAt: now } });
      // Each manager in their language and by their channel; a breach is urgent (texts ignore quiet hours).
      await tellManagers(tx, wo, {
        event: `sla:${alert}`,
        template: state === "breached" ? "sla-breached" : "sla-at-risk",
        urgent: state === "breached",
        vars: (locale) => ({ target, priority: wo.priority, number: wo.trackingNumber, category: wo.category.name, place: `${wo.property.name} ${wo.unit.label}`, due: formatInZone(clock.dueAt, wo.org.timeZone, { dateStyle: "medium", timeStyle: "short" }, locale) }),
      }, now);
      raised++;
    }
    return raised;
  });
}
