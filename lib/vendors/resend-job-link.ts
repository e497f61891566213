// "Send the job link again": the vendor lost the email or changed phones. A new link is minted (the
// old one dies with it, so a forwarded copy stops working) and sent through the outbox, encrypted,
// in the vendor's language.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { tellVendor } from "@/lib/notifications/tell-vendor";
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
    await tellVendor(
      tx,
      wo.vendor,
      {
        template: "vendor-job-link",
        dedupeKey: `wo:${wo.id}:job-link:${key}:vendor:${wo.vendor.id}`,
        smsDedupeKey: `wo:${wo.id}:job-link:${key}:vendor-sms:${wo.vendor.id}`,
        workOrderId: wo.id,
        secretLink: link,
        vars: () => ({
          org: wo.org.name,
          number: wo.trackingNumber,
          category: wo.category.name,
          place: `${wo.property.name} ${wo.unit.label}`,
        }),
      },
      now,
    );
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
