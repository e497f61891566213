// Auto-assignment on intake (DESIGN.md §3): the org's rule for the category at this property, else
// for the category anywhere, gives the new work order to its vendor in the intake transaction.
// A vendor who is inactive, uninsured, unlicensed or full is skipped, and staff are told why.
// firstResponseAt stays empty: the response SLA measures a person's reply, not a rule firing.
import "server-only";
import { autoAssignBlock } from "@/lib/work-orders/vendor-compliance";
import type { Prisma } from "@/lib/db/generated/client";
import { ASSIGNED_STATUSES } from "@/lib/work-orders/transitions";

type Tx = Prisma.TransactionClient;

export async function autoAssign(
  tx: Tx,
  wo: { id: string; orgId: string; categoryId: string; propertyId: string },
  now: Date,
) {
  const rules = await tx.autoAssignRule.findMany({
    where: { orgId: wo.orgId, categoryId: wo.categoryId, OR: [{ propertyId: wo.propertyId }, { propertyId: null }] },
    select: { propertyId: true, vendorId: true },
  });
  // The property's own rule wins over the organisation-wide one.
  const found = rules.find((r) => r.propertyId === wo.propertyId) ?? rules.find((r) => r.propertyId === null);
  if (!found) return null;
  // Read one after the other, never as an include: adapter-pg runs an include's queries at once on
  // the transaction's one connection (pg warns "client.query() already executing").
  const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: found.vendorId } });
  const rule = { ...found, vendor };
  const openJobs = await tx.workOrder.count({
    where: { vendorId: rule.vendorId, status: { in: [...ASSIGNED_STATUSES] } },
  });
  const block = autoAssignBlock(rule.vendor, openJobs, now);
  if (block) {
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorLabel: "System",
        type: "AUTO_ASSIGN_SKIPPED",
        visibility: "STAFF",
        createdAt: now,
        details: { vendor: rule.vendor.company, reason: `Auto-assignment skipped: ${block}.` },
      },
    });
    return null;
  }
  const updated = await tx.workOrder.update({
    where: { id: wo.id },
    data: { status: "ASSIGNED", vendorId: rule.vendorId, assignedAt: now },
  });
  await tx.workOrderEvent.create({
    data: {
      workOrderId: wo.id,
      actorLabel: "System",
      type: "STATUS_CHANGED",
      fromStatus: "NEW",
      toStatus: "ASSIGNED",
      createdAt: new Date(now.getTime() + 1),
      details: { vendor: rule.vendor.company, auto: true },
    },
  });
  return updated;
}
