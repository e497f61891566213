// The directory's vendor list: every vendor of the organisation (active first, then by company),
// their categories by rank and how many open jobs they hold. Here rather than in lib/directory
// because it counts by the work-order statuses, and lib/work-orders already builds on lib/directory.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ASSIGNED_STATUSES } from "@/lib/work-orders/transitions";

export function vendorList(actor: Actor) {
  return db().vendor.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ active: "desc" }, { company: "asc" }],
    include: {
      categories: { include: { category: true }, orderBy: { rank: "asc" } },
      _count: { select: { workOrders: { where: { status: { in: [...ASSIGNED_STATUSES] } } } } },
    },
  });
}
