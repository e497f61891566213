// An in-house technician's "My jobs": their open jobs, today's visits first, then the rest by
// when they are booked, then the ones still to book (emergencies first); then the last week's
// finished ones. Scoped to the technician in the query.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { dayBounds } from "@/lib/vendors/vendor-candidates";
import { scopeFor } from "@/lib/work-orders/scope";
import { ASSIGNED_STATUSES, DONE_STATUSES } from "@/lib/work-orders/transitions";

const PRIORITY_ORDER = { EMERGENCY: 0, URGENT: 1, ROUTINE: 2, LOW: 3 } as const;

export async function myJobs(actor: Actor, now: Date) {
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { timeZone: true } });
  const rows = await db().workOrder.findMany({
    where: {
      ...scopeFor(actor),
      OR: [
        { status: { in: [...ASSIGNED_STATUSES] } },
        { status: { in: [...DONE_STATUSES] }, completedAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } },
      ],
    },
    select: {
      trackingNumber: true,
      status: true,
      priority: true,
      windowStart: true,
      windowEnd: true,
      completedAt: true,
      description: true,
      category: { select: { name: true } },
      property: { select: { name: true, address: true } },
      unit: { select: { label: true } },
    },
    take: 200,
  });
  const [from, to] = dayBounds(now, org.timeZone);
  const today = rows
    .filter((r) => r.status === "SCHEDULED" && r.windowStart && r.windowStart < to && r.windowEnd! > from)
    .sort((a, b) => +a.windowStart! - +b.windowStart!);
  const later = rows
    .filter((r) => r.status === "SCHEDULED" && !today.includes(r))
    .sort((a, b) => +a.windowStart! - +b.windowStart!);
  const toBook = rows
    .filter((r) => r.status === "ASSIGNED")
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
  const done = rows
    .filter((r) => r.status === "COMPLETED" || r.status === "CLOSED")
    .sort((a, b) => +b.completedAt! - +a.completedAt!);
  return { timeZone: org.timeZone, today, later, toBook, done };
}
