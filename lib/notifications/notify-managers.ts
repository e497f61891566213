// The managers of a work order's property hear about what the tenant does (DESIGN.md §7),
// through the outbox, in the caller's transaction.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueue } from "./outbox";

export async function notifyManagers(tx: Tx, wo: { id: string; orgId: string; propertyId: string }, m: { event: string; template: string; subject: string; body: string }) {
  const managers = await tx.user.findMany({
    where: { orgId: wo.orgId, disabledAt: null, role: "MANAGER", managedProperties: { some: { propertyId: wo.propertyId } } },
    select: { id: true, email: true },
  });
  for (const user of managers) {
    await enqueue(tx, {
      orgId: wo.orgId,
      dedupeKey: `${m.event}:${user.id}:EMAIL`,
      channel: "EMAIL",
      recipient: user.email,
      userId: user.id,
      workOrderId: wo.id,
      template: m.template,
      subject: m.subject,
      body: m.body,
    });
  }
}
