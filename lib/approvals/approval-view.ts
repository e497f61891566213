// What an owner sees behind a valid link: the request in the tenant's words, its photos, the
// estimate(s) and vendor, who asked. Never internal notes, access codes or the tenant's contacts.
import "server-only";
import { db } from "@/lib/db/client";

export async function approvalView(workOrderId: string, estimateId: string) {
  const wo = await db().workOrder.findUniqueOrThrow({
    where: { id: workOrderId },
    select: {
      trackingNumber: true,
      description: true,
      priority: true,
      category: { select: { name: true } },
      property: { select: { name: true, address: true } },
      unit: { select: { label: true } },
      org: { select: { name: true, timeZone: true } },
      attachments: {
        where: { kind: { in: ["PHOTO", "VIDEO"] } },
        select: { id: true, fileName: true, kind: true },
        orderBy: { createdAt: "asc" },
      },
      estimates: {
        select: {
          id: true,
          amountCents: true,
          description: true,
          validUntil: true,
          status: true,
          createdById: true,
          vendor: { select: { company: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const estimate = wo.estimates.find((e) => e.id === estimateId)!;
  const asker = estimate.createdById
    ? await db().user.findUnique({ where: { id: estimate.createdById }, select: { name: true } })
    : null;
  return {
    wo,
    estimate,
    others: wo.estimates.filter((e) => e.id !== estimateId && e.status !== "SUPERSEDED"),
    asker: asker?.name ?? wo.org.name,
  };
}
