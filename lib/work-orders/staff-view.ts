// What only staff read on the work order page, scoped to the actor like every query: all messages
// (internal notes too), the unit's tenants and their contact details, and what was sent to whom
// (never a message's body or secret).
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { scopeFor } from "@/lib/work-orders/scope";

export async function staffView(actor: Actor, wo: { id: string; unitId: string }) {
  if (!can(actor, "work-order:manage")) return null;
  const scoped = { workOrder: scopeFor(actor) };
  const [messages, outbox, tenants] = await Promise.all([
    db().message.findMany({
      where: { workOrderId: wo.id, ...scoped },
      orderBy: { createdAt: "asc" },
      select: { id: true, authorLabel: true, body: true, internal: true, channel: true, createdAt: true },
    }),
    db().outboxMessage.findMany({
      where: { workOrderId: wo.id, ...scoped },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        channel: true,
        recipient: true,
        template: true,
        subject: true,
        status: true,
        sentAt: true,
        createdAt: true,
      },
    }),
    db().tenantProfile.findMany({
      where: { unitId: wo.unitId, unit: { workOrders: { some: { id: wo.id, ...scopeFor(actor) } } } },
      select: { contactMethod: true, user: { select: { name: true, email: true, phone: true } } },
    }),
  ]);
  return { messages, outbox, tenants };
}
