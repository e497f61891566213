// The managers of a work order's property hear about what the tenant does (DESIGN.md §7),
// through the outbox, in the caller's transaction.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueue } from "./outbox";
import { managerRecipients } from "./recipients";

/** Queues the message for each manager of the property; returns how many were new (the key makes repeats no-ops). */
export async function notifyManagers(tx: Tx, wo: { id: string; orgId: string; propertyId: string }, m: { event: string; template: string; subject: string; body: string }): Promise<number> {
  let queued = 0;
  for (const r of await managerRecipients(tx, wo)) {
    const added = await enqueue(tx, {
      orgId: wo.orgId,
      dedupeKey: `${m.event}:${r.key}`,
      channel: r.channel,
      recipient: r.recipient,
      userId: r.userId,
      workOrderId: wo.id,
      template: m.template,
      subject: m.subject,
      body: m.body,
    });
    if (added) queued++;
  }
  return queued;
}
