// A new emergency pages the property's on-call chain by SMS: the first contact at once, the next
// one for every step of the organisation's escalation minutes (15 by default) nobody acknowledges
// (DESIGN.md §4). Acknowledging (any first response) stops it. Each page is keyed by work order and
// position, and logged for staff. A contact whose number is a staff member's is paged in that
// person's language; any other number in English.
import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import { enqueue } from "@/lib/outbox/outbox";
import { renderStaffMessage } from "@/lib/notifications/staff-templates";
import { dashboardLink } from "@/lib/notifications/tell";
import { pagesDue } from "@/lib/cron/escalation";
import { BATCH, lockedStep } from "@/lib/cron/step";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";

const LOOKBACK_MS = 24 * 3_600_000; // an emergency nobody acknowledged in a day is a breach on the queue, not a page

export function pageOnCall(now: Date) {
  return lockedStep("emergencies", async (tx) => {
    const open = await tx.workOrder.findMany({
      where: {
        priority: "EMERGENCY",
        firstResponseAt: null,
        status: { in: [...ACTIVE_STATUSES] },
        createdAt: { gte: new Date(now.getTime() - LOOKBACK_MS), lte: now },
      },
      include: {
        property: { include: { onCall: { orderBy: { position: "asc" } } } },
        unit: { select: { label: true } },
        category: { select: { name: true } },
        org: { select: { name: true, emergencyEscalateMinutes: true } },
      },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    const phones = [...new Set(open.flatMap((wo) => wo.property.onCall.map((c) => c.phone)))];
    const staff = phones.length
      ? await tx.user.findMany({
          where: { phone: { in: phones }, disabledAt: null, role: { in: ["ADMIN", "MANAGER", "TECHNICIAN"] } },
          select: { orgId: true, phone: true, locale: true },
        })
      : [];
    let paged = 0;
    for (const wo of open) {
      const chain = wo.property.onCall;
      const due = pagesDue(
        (now.getTime() - wo.createdAt.getTime()) / 60_000,
        chain.length,
        wo.org.emergencyEscalateMinutes,
      );
      for (const contact of chain.slice(0, due)) {
        const locale = staff.find((u) => u.phone === contact.phone && u.orgId === wo.orgId)?.locale;
        const vars = {
          org: wo.org.name,
          number: wo.trackingNumber,
          category: wo.category.name,
          place: `${wo.property.name} ${wo.unit.label}`,
        };
        const { body } = renderStaffMessage(
          "emergency-page",
          isLocale(locale) ? locale : "en",
          "SMS",
          vars,
          dashboardLink(wo.trackingNumber),
        );
        const queued = await enqueue(
          tx,
          {
            orgId: wo.orgId,
            dedupeKey: `wo:${wo.id}:page:${contact.position}`,
            channel: "SMS",
            recipient: contact.phone,
            workOrderId: wo.id,
            template: "emergency-page",
            body,
          },
          now,
        );
        if (!queued) continue;
        await tx.workOrderEvent.create({
          data: {
            workOrderId: wo.id,
            actorLabel: "System",
            type: "ON_CALL_PAGED",
            details: { position: contact.position, name: contact.name },
            visibility: "STAFF",
            createdAt: now,
          },
        });
        paged++;
      }
    }
    return paged;
  });
}
