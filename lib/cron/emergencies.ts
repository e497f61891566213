// A new emergency pages the property's on-call chain by SMS: the first contact at once, the next
// one for every 15 minutes nobody acknowledges (DESIGN.md §4). Acknowledging (any first response)
// stops it. Each page is keyed by work order and position, and logged for staff.
import "server-only";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/notifications/outbox";
import { BATCH, lockedStep } from "./step";

export const ESCALATE_AFTER_MINUTES = 15;
const LOOKBACK_MS = 24 * 3_600_000; // an emergency nobody acknowledged in a day is a breach on the queue, not a page

/** How many contacts of the chain should have been paged `minutes` after the request came in. */
export function pagesDue(minutes: number, chainLength: number): number {
  return Math.min(chainLength, 1 + Math.floor(Math.max(0, minutes) / ESCALATE_AFTER_MINUTES));
}

export function pageOnCall(now: Date) {
  return lockedStep("emergencies", async (tx) => {
    const open = await tx.workOrder.findMany({
      where: { priority: "EMERGENCY", firstResponseAt: null, status: { in: ["NEW", "ASSIGNED", "SCHEDULED"] }, createdAt: { gte: new Date(now.getTime() - LOOKBACK_MS), lte: now } },
      include: { property: { include: { onCall: { orderBy: { position: "asc" } } } }, unit: { select: { label: true } }, category: { select: { name: true } }, org: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    let paged = 0;
    for (const wo of open) {
      const chain = wo.property.onCall;
      const due = pagesDue((now.getTime() - wo.createdAt.getTime()) / 60_000, chain.length);
      for (const contact of chain.slice(0, due)) {
        const body = `${wo.org.name} EMERGENCY #${wo.trackingNumber}: ${wo.category.name} at ${wo.property.name} ${wo.unit.label}. Acknowledge: ${env().PUBLIC_URL}/dashboard/work-orders/${wo.trackingNumber}`;
        const queued = await enqueue(tx, { orgId: wo.orgId, dedupeKey: `wo:${wo.id}:page:${contact.position}`, channel: "SMS", recipient: contact.phone, workOrderId: wo.id, template: "emergency-page", body });
        if (!queued) continue;
        await tx.workOrderEvent.create({
          data: { workOrderId: wo.id, actorLabel: "System", type: "ON_CALL_PAGED", details: { position: contact.position, name: contact.name }, visibility: "STAFF", createdAt: now },
        });
        paged++;
      }
    }
    return paged;
  });
}
