// Who hears of a message on a work order's conversation (issue 18). The tenant, the person doing the
// job (an outside vendor by their job link, or an in-house technician) and the property's managers
// share one thread; each is told of a message they did not write, by their own channel and in their
// language, through the outbox in the writer's transaction. Internal notes are not part of the
// thread and tell no one. The vendor's notice carries a job link of its own, encrypted in the outbox
// ({{link}}); their earlier links keep working.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { notifyStaffMember } from "@/lib/notifications/notify-managers";
import { ORG_FOR_MESSAGES, tellManagers, tellTenant } from "@/lib/notifications/tell";
import { tellVendor } from "@/lib/notifications/tell-vendor";
import { addJobLink, assigneeReach } from "@/lib/work-orders/job-links";

/** Who wrote: the tenant, the vendor or technician on the job, or the office (a manager or admin). */
export type ThreadAuthor = "tenant" | "assignee" | "staff";

export type ThreadMessage = { messageId: string; from: ThreadAuthor; name: string; body: string; via?: "SMS" };

export async function tellThread(tx: Tx, workOrderId: string, m: ThreadMessage, now: Date): Promise<void> {
  const wo = await tx.workOrder.findUniqueOrThrow({
    where: { id: workOrderId },
    include: {
      org: { select: ORG_FOR_MESSAGES },
      vendor: true,
      property: { select: { name: true } },
      unit: { select: { label: true } },
    },
  });
  const event = `msg:${m.messageId}`;
  const urgent = wo.priority === "EMERGENCY";
  const place = `${wo.property.name} ${wo.unit.label}`;
  if (m.from !== "tenant") {
    await tellTenant(tx, wo, event, "staff-reply", wo.org, now, () => ({ author: m.name, body: m.body }));
  }
  if (m.from !== "staff") {
    await tellManagers(
      tx,
      wo,
      {
        event,
        template: m.from === "tenant" ? "tenant-message" : "assignee-message",
        vars: { number: wo.trackingNumber, name: m.name, body: m.body, via: m.via },
      },
      now,
    );
  }
  // The one doing the job, while the job is still theirs to act on or to write about.
  if (m.from === "assignee" || !assigneeReach(wo, now)) return;
  if (wo.vendor) {
    const token = await addJobLink(tx, { workOrderId: wo.id, vendorId: wo.vendor.id }, now);
    await tellVendor(
      tx,
      wo.vendor,
      {
        template: "vendor-message",
        dedupeKey: `wo:${wo.id}:${event}:vendor:${wo.vendor.id}`,
        smsDedupeKey: `wo:${wo.id}:${event}:vendor-sms:${wo.vendor.id}`,
        workOrderId: wo.id,
        secretLink: `${env().PUBLIC_URL}/v/job/${token}#messages`, // opens at the conversation
        vars: () => ({ org: wo.org.name, number: wo.trackingNumber, place, author: m.name, body: m.body }),
        quiet: { org: wo.org, urgent },
      },
      now,
    );
  }
  if (wo.technicianId) {
    await notifyStaffMember(
      tx,
      wo,
      wo.technicianId,
      {
        event: `wo:${wo.id}:${event}:technician`,
        template: "job-message",
        vars: { number: wo.trackingNumber, name: m.name, body: m.body, place },
        link: `${env().PUBLIC_URL}/jobs/${wo.trackingNumber}#messages`,
        urgent,
      },
      now,
    );
  }
}
