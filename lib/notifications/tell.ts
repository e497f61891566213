// What tenants and managers are told about a work order, and by which channel: one place for the
// use cases and the cron tick. Keys make every message once-only.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ContactMethod } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/outbox/outbox";
import { smsNotBefore } from "@/lib/notifications/quiet-hours";
import { notifyManagers, type StaffNotice } from "@/lib/notifications/notify-managers";
import { tenantRecipients } from "@/lib/notifications/recipients";
import { formatInZone } from "@/lib/time";
import type { Locale } from "@/lib/i18n/locales";
import { renderTenantMessage, type TenantTemplate } from "@/lib/notifications/templates";

export type TickWo = {
  id: string;
  priority: "EMERGENCY" | "URGENT" | "ROUTINE" | "LOW";
  orgId: string;
  propertyId: string;
  trackingNumber: number;
  contactMethod: ContactMethod;
  locale: string;
  reporterId: string | null;
  reporterEmail: string | null;
  reporterPhone: string | null;
};

// A QR reporter's tracking link is kept only as a hash: their messages point back to the link they have.
const link = (wo: TickWo, locale: Locale) =>
  wo.reporterId
    ? `${env().PUBLIC_URL}/requests/${wo.trackingNumber}`
    : locale === "es"
      ? "el enlace de seguimiento que le enviamos"
      : "the tracking link we sent you";

/**
 * To the tenant, by their channel, in their language; `event` makes the key, so the same event is
 * never queued twice. `vars` may be a function of the locale (a date shown in their language).
 */
export type OrgForMessages = {
  name: string;
  timeZone: string;
  quietHoursStartMinute: number;
  quietHoursEndMinute: number;
};
export const ORG_FOR_MESSAGES = {
  name: true,
  timeZone: true,
  quietHoursStartMinute: true,
  quietHoursEndMinute: true,
} as const;

export async function tellTenant(
  tx: Tx,
  wo: TickWo,
  event: string,
  template: TenantTemplate,
  org: OrgForMessages,
  now: Date,
  vars: (locale: Locale) => Record<string, string | number> = () => ({}),
): Promise<number> {
  let queued = 0;
  // Texts about an emergency go at any hour; the rest wait out the quiet hours.
  const quiet = { timeZone: org.timeZone, startMinute: org.quietHoursStartMinute, endMinute: org.quietHoursEndMinute };
  for (const r of await tenantRecipients(tx, wo)) {
    const { subject, body } = renderTenantMessage(template, r.locale, r.channel, {
      org: org.name,
      number: wo.trackingNumber,
      link: link(wo, r.locale),
      ...vars(r.locale),
    });
    const notBefore = r.channel === "SMS" ? smsNotBefore(now, quiet, wo.priority === "EMERGENCY") : null;
    if (
      await enqueue(
        tx,
        {
          orgId: wo.orgId,
          dedupeKey: `wo:${wo.id}:${event}:${r.key}`,
          channel: r.channel,
          recipient: r.recipient,
          userId: r.userId,
          workOrderId: wo.id,
          template,
          locale: r.locale,
          subject,
          body,
          notBefore,
        },
        now,
      )
    )
      queued++;
  }
  return queued;
}

/** The work order on the dashboard, for staff messages. */
export const dashboardLink = (trackingNumber: number) => `${env().PUBLIC_URL}/dashboard/work-orders/${trackingNumber}`;

type ManagedWo = { id: string; orgId: string; propertyId: string; trackingNumber: number };

/** To the property's managers, each by their channel and in their language, with a link to the work order. */
export function tellManagers(tx: Tx, wo: ManagedWo, notice: Omit<StaffNotice, "link">, now: Date): Promise<number> {
  return notifyManagers(
    tx,
    wo,
    { ...notice, event: `wo:${wo.id}:${notice.event}`, link: dashboardLink(wo.trackingNumber) },
    now,
  );
}

export const visitWindow = (start: Date, end: Date, timeZone: string, locale: Locale = "en") =>
  `${formatInZone(start, timeZone, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }, locale)}–${formatInZone(end, timeZone, { hour: "numeric", minute: "2-digit" }, locale)}`;
