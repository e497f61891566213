// Who hears about a status change (DESIGN.md §7, issue 5): the tenant when their request is
// assigned (who) and scheduled (when); the vendor when they get a job, when its window changes and
// when it is cancelled or taken from them, in the vendor's language; an in-house technician
// likewise, by their own channel and in their language. Written in the same transaction as the
// change. Access codes never travel in a message: the vendor's job link shows them, on a tap.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { issueJobLink } from "@/lib/work-orders/job-links";
import { notifyStaffMember } from "@/lib/notifications/notify-managers";
import type { Locale } from "@/lib/i18n/locales";
import { tellVendor, type VendorContact } from "@/lib/notifications/tell-vendor";
import type { VendorVars } from "@/lib/notifications/vendor-templates";
import { ORG_FOR_MESSAGES, tellManagers, tellTenant, visitWindow, type TickWo } from "@/lib/notifications/tell";

type Change = {
  from: WorkOrderStatus;
  to: WorkOrderStatus;
  vendorIdBefore: string | null;
  technicianIdBefore?: string | null;
  byUserId?: string;
  version: number;
  byVendor?: boolean;
  reason?: string;
};

export async function noticesForStatusChange(tx: Tx, workOrderId: string, c: Change, now: Date): Promise<void> {
  const wo = await tx.workOrder.findUniqueOrThrow({
    where: { id: workOrderId },
    include: {
      org: { select: ORG_FOR_MESSAGES },
      vendor: true,
      technician: { select: { name: true } },
      property: { select: { name: true, address: true } },
      unit: { select: { label: true } },
      category: { select: { name: true } },
    },
  });
  const who = wo.vendor?.company ?? wo.technician?.name ?? null;
  const event = (name: string) => `${name}:v${c.version}`; // each change of the work order is its own event
  if (c.to === "ASSIGNED" && c.from !== "COMPLETED" && who) {
    await tellTenant(tx, wo as TickWo, event("assigned"), "assigned", wo.org, now, () => ({ vendor: who }));
  }
  if (c.to === "SCHEDULED" && wo.windowStart && wo.windowEnd) {
    await tellTenant(tx, wo as TickWo, event("scheduled"), "scheduled", wo.org, now, (locale) => ({
      window: visitWindow(wo.windowStart!, wo.windowEnd!, wo.org.timeZone, locale),
    }));
  }
  // To a vendor, in the language on their record (issue 18).
  const place = `${wo.property.name} ${wo.unit.label}`;
  const address = `${place} (${wo.property.address})`;
  const toVendor = (
    vendor: VendorContact,
    name: "assigned" | "scheduled" | "withdrawn",
    vars: (locale: Locale) => VendorVars,
    secretLink?: string,
  ) =>
    tellVendor(
      tx,
      vendor,
      {
        template: `vendor-${name}`,
        dedupeKey: `wo:${wo.id}:${event(name)}:vendor:${vendor.id}`,
        smsDedupeKey: `wo:${wo.id}:${event(name)}:vendor-sms:${vendor.id}`,
        workOrderId: wo.id,
        secretLink,
        vars: (locale) => ({ org: wo.org.name, number: wo.trackingNumber, place, address, ...vars(locale) }),
      },
      now,
    );
  if (wo.vendor && c.to === "ASSIGNED" && wo.vendorId !== c.vendorIdBefore) {
    // The job link travels encrypted in the outbox ({{link}}) and is erased once sent; codes never travel.
    const link = `${env().PUBLIC_URL}/v/job/${await issueJobLink(tx, { workOrderId: wo.id, vendorId: wo.vendor.id }, now)}`;
    await toVendor(
      wo.vendor,
      "assigned",
      () => ({ priority: wo.priority, category: wo.category.name, description: wo.description }),
      link,
    );
  }
  // A vendor who gave the job back: the managers put it with someone else.
  if (c.byVendor && c.to === "NEW" && c.vendorIdBefore) {
    const vendor = await tx.vendor.findUnique({ where: { id: c.vendorIdBefore }, select: { company: true } });
    await tellManagers(
      tx,
      wo,
      {
        event: event("vendor-declined"),
        template: "vendor-declined",
        vars: {
          vendor: vendor?.company ?? "—",
          number: wo.trackingNumber,
          category: wo.category.name,
          place: `${wo.property.name} ${wo.unit.label}`,
          reason: c.reason ?? "",
        },
      },
      now,
    );
  }
  if (wo.vendor && c.to === "SCHEDULED" && wo.windowStart && wo.windowEnd && !c.byVendor) {
    await toVendor(wo.vendor, "scheduled", (locale) => ({
      window: visitWindow(wo.windowStart!, wo.windowEnd!, wo.org.timeZone, locale),
      moved: c.from === "SCHEDULED" ? 1 : undefined,
    }));
  }
  // The vendor who had it hears when it is cancelled or goes to someone else (or back to the queue).
  const before =
    c.vendorIdBefore && c.vendorIdBefore !== wo.vendorId
      ? await tx.vendor.findUnique({ where: { id: c.vendorIdBefore } })
      : c.to === "CANCELLED"
        ? wo.vendor
        : null;
  if (before && !c.byVendor) {
    await toVendor(before, "withdrawn", () => ({ cancelled: c.to === "CANCELLED" ? 1 : undefined }));
  }
  // The in-house technician: a new job, a booked or moved visit, a job cancelled or taken away.
  const techBefore = c.technicianIdBefore ?? null;
  // Not about their own doing: a technician who books their visit is not texted that it is booked.
  const tech = async (
    name: "assigned" | "scheduled" | "withdrawn",
    userId: string,
    vars: (locale: "en" | "es") => Record<string, string | number | undefined>,
  ) =>
    userId === c.byUserId
      ? 0
      : notifyStaffMember(
          tx,
          wo,
          userId,
          {
            event: `wo:${wo.id}:${event(name)}:technician`,
            template: `technician-${name}`,
            vars,
            link: `${env().PUBLIC_URL}/jobs/${wo.trackingNumber}`,
            urgent: wo.priority === "EMERGENCY",
          },
          now,
        );
  const techPlace = `${wo.property.name} ${wo.unit.label}`;
  if (wo.technicianId && c.to === "ASSIGNED" && wo.technicianId !== techBefore) {
    await tech("assigned", wo.technicianId, () => ({
      number: wo.trackingNumber,
      priority: wo.priority,
      category: wo.category.name,
      place: techPlace,
      description: wo.description,
    }));
  }
  if (wo.technicianId && c.to === "SCHEDULED" && wo.windowStart && wo.windowEnd) {
    await tech("scheduled", wo.technicianId, (locale) => ({
      number: wo.trackingNumber,
      place: techPlace,
      window: visitWindow(wo.windowStart!, wo.windowEnd!, wo.org.timeZone, locale),
      moved: c.from === "SCHEDULED" ? 1 : undefined,
    }));
  }
  const techGone =
    techBefore && techBefore !== wo.technicianId ? techBefore : c.to === "CANCELLED" ? wo.technicianId : null;
  if (techGone) {
    await tech("withdrawn", techGone, () => ({
      number: wo.trackingNumber,
      place: techPlace,
      cancelled: c.to === "CANCELLED" ? 1 : undefined,
    }));
  }
}
