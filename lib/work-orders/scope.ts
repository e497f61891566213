// Ownership is part of every query: a foreign work order looks exactly like a missing one.
import type { Caller, VendorCaller } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db/generated/client";

export function scopeFor(actor: Caller | VendorCaller): Prisma.WorkOrderWhereInput {
  // A vendor's job link opens its one work order, and only while the job is that vendor's.
  if ("via" in actor && actor.via === "vendor-link")
    return { orgId: actor.orgId, id: actor.workOrderId, vendorId: actor.vendorId };
  if ("via" in actor) return { orgId: actor.orgId, id: actor.workOrderId }; // a tracking link opens its one work order
  if (actor.role === "ADMIN") return { orgId: actor.orgId };
  if (actor.role === "MANAGER") return { orgId: actor.orgId, propertyId: { in: actor.propertyIds } };
  if (actor.role === "TENANT")
    return {
      orgId: actor.orgId,
      OR: [{ reporterId: actor.userId }, ...(actor.unitId ? [{ unitId: actor.unitId }] : [])],
    };
  if (actor.role === "TECHNICIAN") return { orgId: actor.orgId, technicianId: actor.userId };
  if (actor.role === "OWNER") return { orgId: actor.orgId, property: { ownerId: actor.ownerId ?? "__none__" } };
  return { id: "__none__" };
}
