// Reads, always scoped to the actor.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { scopeFor } from "@/lib/work-orders/scope";

const listInclude = {
  category: { select: { name: true } },
  unit: { select: { label: true } },
  property: { select: { name: true } },
  vendor: { select: { company: true } },
} as const;

export function listMyRequests(actor: Actor) {
  return db().workOrder.findMany({
    where: scopeFor(actor),
    include: listInclude,
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}

export async function getWorkOrder(actor: Actor, trackingNumber: number) {
  const staff = actor.role === "ADMIN" || actor.role === "MANAGER";
  return db().workOrder.findFirst({
    where: { trackingNumber, ...scopeFor(actor) },
    include: {
      ...listInclude,
      reporter: { select: { name: true, email: true, phone: true } },
      technician: { select: { name: true } },
      responsible: { select: { id: true, name: true } },
      events: { where: staff ? {} : { visibility: "PUBLIC" }, orderBy: { createdAt: "asc" } },
      // Invoices are the office's business (the staff page lists them on their own).
      attachments: {
        where: { kind: { in: ["PHOTO", "VIDEO"] }, stage: { not: "INVOICE" } },
        select: { id: true, fileName: true, kind: true, contentType: true, stage: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/** The invoices the vendor or technician sent (staff only: the caller checks the role). */
export function listInvoices(actor: Actor, workOrderId: string) {
  return db().attachment.findMany({
    where: { workOrderId, stage: "INVOICE", workOrder: scopeFor(actor) },
    select: { id: true, fileName: true, contentType: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

export function listVendorsFor(actor: Actor, categoryId: string) {
  return db().vendor.findMany({
    where: { orgId: actor.orgId, active: true },
    include: { categories: { where: { categoryId } } },
    orderBy: { company: "asc" },
  });
}

export function listCategories(orgId: string) {
  return db().category.findMany({ where: { orgId, active: true }, orderBy: { sortOrder: "asc" } });
}
