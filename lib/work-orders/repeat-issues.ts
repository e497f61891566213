// Repeat issues around one work order, scoped to the actor: the unit's other requests in the same
// category within the organisation's look-back (6 months by default), and the same vendor (or
// technician) at this unit for the same category within its callback window (30 days by default:
// a likely callback). The caller passes both from the organisation it already read.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { monthsBefore, type Timings } from "@/lib/timings";
import { scopeFor } from "@/lib/work-orders/scope";

const DAY = 86_400_000;

export async function repeatIssues(
  actor: Actor,
  wo: { id: string; unitId: string; categoryId: string; vendorId: string | null; technicianId: string | null },
  now: Date,
  org: Pick<Timings, "repeatLookbackMonths" | "callbackWindowDays">,
) {
  const sameKind = { ...scopeFor(actor), unitId: wo.unitId, categoryId: wo.categoryId, id: { not: wo.id } };
  const select = {
    trackingNumber: true,
    createdAt: true,
    completedAt: true,
    status: true,
    vendor: { select: { company: true } },
    technician: { select: { name: true } },
  } as const;
  const earlier = await db().workOrder.findMany({
    where: { ...sameKind, createdAt: { gte: monthsBefore(now, org.repeatLookbackMonths) } },
    select,
    orderBy: { createdAt: "desc" },
  });
  const same = wo.vendorId ? { vendorId: wo.vendorId } : wo.technicianId ? { technicianId: wo.technicianId } : null;
  const callbacks = same
    ? await db().workOrder.findMany({
        where: {
          ...sameKind,
          ...same,
          completedAt: { gte: new Date(now.getTime() - org.callbackWindowDays * DAY) },
        },
        select,
        orderBy: { completedAt: "desc" },
      })
    : [];
  return { earlier, callbacks };
}
