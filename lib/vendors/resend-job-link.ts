// "Send the job link again": the vendor lost the email or changed phones. A new link is minted (the
// old one dies with it, so a forwarded copy stops working) and sent through the outbox, encrypted.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { enqueue } from "@/lib/outbox/outbox";
import { scopeFor } from "@/lib/work-orders/scope";
import { issueJobLink } from "@/lib/work-orders/job-links";
import { ASSIGNED_STATUSES } from "@/lib/work-orders/transitions";

export async function resendJobLink({
  actor,
  trackingNumber,
  now,
}: {
  actor: Actor;
  trackingNumber: number;
  now: Date;
}) {
  if (!can(actor, "work-order:manage")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({
      where: { trackingNumber, status: { in: [...ASSIGNED_STATUSES] }, vendorId: { not: null }, ...scopeFor(actor) },
      include: {
        vendor: true,
        org: { select: { name: true } },
        property: { select: { name: true } },
        unit: { select: { label: true } },
        category: { select: { name: true } },
      },
    });
    if (!wo?.vendor) throw notFound();
    const token = await issueJobLink(tx, { workOrderId: wo.id, vendorId: wo.vendor.id }, now);
    const link = `${env().PUBLIC_URL}/v/job/${token}`;
    const key = sha256(token).slice(0, 16);
    await enqueue(
      tx,
      {
        orgId: wo.orgId,
        dedupeKey: `wo:${wo.id}:job-link:${key}:vendor:${wo.vendor.id}`,
        channel: "EMAIL",
        recipient: wo.vendor.email,
        workOrderId: wo.id,
        template: "vendor-job-link",
        subject: `Your link for job #${wo.trackingNumber}: ${wo.category.name}, ${wo.property.name} ${wo.unit.label}`,
        body: `Here is your link for job #${wo.trackingNumber} again (the one sent before no longer works):\n{{link}}\n\n${wo.org.name}`,
        secretLink: link,
      },
      now,
    );
    if (wo.vendor.phone) {
      await enqueue(
        tx,
        {
          orgId: wo.orgId,
          dedupeKey: `wo:${wo.id}:job-link:${key}:vendor-sms:${wo.vendor.id}`,
          channel: "SMS",
          recipient: wo.vendor.phone,
          workOrderId: wo.id,
          template: "vendor-job-link",
          body: `${wo.org.name}: your link for job #${wo.trackingNumber}: {{link}}`,
          secretLink: link,
        },
        now,
      );
    }
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "JOB_LINK_SENT",
        details: { vendor: wo.vendor.company },
        visibility: "STAFF",
        createdAt: now,
      },
    });
  });
}
