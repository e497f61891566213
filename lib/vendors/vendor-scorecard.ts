// A vendor's scorecard over the last year, for the directory (and the reports to come). Staff only;
// the organisation is in the query.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { scorecard, type Scorecard } from "@/lib/vendors/scorecard";
import { DONE_STATUSES } from "@/lib/work-orders/transitions";

/** What a scorecard reads of a job: its clock, its rating, and the callbacks (reopened after done). */
export const SCORECARD_SELECT = {
  status: true,
  assignedAt: true,
  acceptedAt: true,
  windowEnd: true,
  arrivedAt: true,
  completedAt: true,
  rating: true,
  _count: {
    select: {
      events: { where: { type: "STATUS_CHANGED", toStatus: "ASSIGNED", fromStatus: { in: [...DONE_STATUSES] } } },
    },
  },
} satisfies Prisma.WorkOrderSelect;

export async function vendorScorecard(actor: Actor, vendorId: string, now: Date): Promise<Scorecard> {
  const rows = await db().workOrder.findMany({
    where: { orgId: actor.orgId, vendorId, assignedAt: { gte: new Date(now.getTime() - 365 * 86_400_000) } },
    select: SCORECARD_SELECT,
  });
  return scorecard(rows.map((r) => ({ ...r, callbacks: r._count.events })));
}
