// What the tick says, and to whom. Plain text for now; the branded, translated templates replace
// these bodies without changing who gets what or when.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/notifications/outbox";
import { managerRecipients, tenantRecipients } from "@/lib/notifications/recipients";
import { formatInZone } from "@/lib/time";

export type TickWo = {
  id: string;
  orgId: string;
  propertyId: string;
  trackingNumber: number;
  contactMethod: "SMS" | "EMAIL" | "PHONE";
  reporterId: string | null;
  reporterEmail: string | null;
  reporterPhone: string | null;
};

const link = (wo: TickWo) => (wo.reporterId ? `${env().PUBLIC_URL}/requests/${wo.trackingNumber}` : "the tracking link we sent you");

/** To the tenant, by their channel; `event` makes the key, so the same event is never queued twice. */
export async function tellTenant(tx: Tx, wo: TickWo, event: string, template: string, subject: string, text: string, orgName: string): Promise<number> {
  let queued = 0;
  for (const r of await tenantRecipients(tx, wo)) {
    const body = r.channel === "SMS" ? `${orgName}: ${text} #${wo.trackingNumber}. ${link(wo)}` : `${text}\n\nRequest #${wo.trackingNumber}: ${link(wo)}\n\n${orgName}`;
    if (await enqueue(tx, { orgId: wo.orgId, dedupeKey: `wo:${wo.id}:${event}:${r.key}`, channel: r.channel, recipient: r.recipient, userId: r.userId, workOrderId: wo.id, template, subject: `${subject} (#${wo.trackingNumber})`, body })) queued++;
  }
  return queued;
}

export async function tellManagers(tx: Tx, wo: TickWo, event: string, template: string, subject: string, text: string): Promise<number> {
  let queued = 0;
  for (const r of await managerRecipients(tx, wo)) {
    const body = `${text}\n\n${env().PUBLIC_URL}/dashboard/work-orders/${wo.trackingNumber}`;
    if (await enqueue(tx, { orgId: wo.orgId, dedupeKey: `wo:${wo.id}:${event}:${r.key}`, channel: r.channel, recipient: r.recipient, userId: r.userId, workOrderId: wo.id, template, subject, body })) queued++;
  }
  return queued;
}

export const visitWindow = (start: Date, end: Date, timeZone: string) =>
  `${formatInZone(start, timeZone, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" })}–${formatInZone(end, timeZone, { hour: "numeric", minute: "2-digit" })}`;
