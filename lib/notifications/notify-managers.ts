// Staff hear about a work order through the outbox, in the caller's transaction: the managers of
// its property (what the tenant does, SLA alerts, owners' answers) and an in-house technician
// (their jobs). Each person by the channel they chose on "My notifications", in their language.
// Texts that are not urgent wait out the organisation's quiet hours; emergencies and SLA breaches
// go at any hour.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { enqueue, type Outgoing } from "@/lib/outbox/outbox";
import { smsNotBefore } from "@/lib/notifications/quiet-hours";
import { managerRecipients, staffRecipients, type Recipient } from "@/lib/notifications/recipients";
import { renderStaffMessage, type StaffTemplate, type StaffVars } from "@/lib/notifications/staff-templates";

export type StaffNotice = {
  event: string; // with the recipient, the outbox key: the same event is never queued twice
  template: StaffTemplate;
  vars: StaffVars | ((locale: Locale) => StaffVars); // a function when a value reads differently per language (a date)
  link?: string; // the work order on the dashboard
  urgent?: boolean; // an emergency or a breach: texts ignore quiet hours
};
/** Text already written (English) by a caller not yet moved to the staff templates. */
export type WrittenNotice = { event: string; template: string; subject: string; body: string };

type Wo = { id: string; orgId: string; propertyId: string };

/** Queues the message for each manager of the property; returns how many were new (the key makes repeats no-ops). */
export async function notifyManagers(tx: Tx, wo: Wo, m: StaffNotice | WrittenNotice, now: Date): Promise<number> {
  return queueFor(tx, wo, await managerRecipients(tx, wo), m, now);
}

/** The same, for one staff member (the in-house technician on the job). */
export async function notifyStaffMember(tx: Tx, wo: Wo, userId: string, m: StaffNotice, now: Date): Promise<number> {
  return queueFor(tx, wo, await staffRecipients(tx, wo.orgId, userId), m, now);
}

export type QuietOrg = { timeZone: string; quietHoursStartMinute: number; quietHoursEndMinute: number };

/** The rows to queue for these recipients (each in their language, texts timed by quiet hours); pure given `org`. */
export function staffOutgoing(
  wo: Wo,
  recipients: Recipient[],
  m: StaffNotice | WrittenNotice,
  now: Date,
  org: QuietOrg | null,
): Outgoing[] {
  return recipients.map((r) => {
    const { subject, body } =
      "vars" in m
        ? renderStaffMessage(
            m.template,
            r.locale,
            r.channel,
            typeof m.vars === "function" ? m.vars(r.locale) : m.vars,
            m.link,
          )
        : { subject: m.subject, body: r.channel === "SMS" ? m.subject : m.body };
    const urgent = "vars" in m && !!m.urgent;
    const notBefore =
      r.channel === "SMS" && org
        ? smsNotBefore(
            now,
            { timeZone: org.timeZone, startMinute: org.quietHoursStartMinute, endMinute: org.quietHoursEndMinute },
            urgent,
          )
        : null;
    return {
      orgId: wo.orgId,
      dedupeKey: `${m.event}:${r.key}`,
      channel: r.channel,
      recipient: r.recipient,
      userId: r.userId,
      workOrderId: wo.id,
      template: m.template,
      locale: "vars" in m ? r.locale : undefined, // written text is English: so is its footer
      subject: r.channel === "EMAIL" ? subject : undefined,
      body,
      notBefore,
    };
  });
}

async function queueFor(
  tx: Tx,
  wo: Wo,
  recipients: Recipient[],
  m: StaffNotice | WrittenNotice,
  now: Date,
): Promise<number> {
  const needsOrg = recipients.some((r) => r.channel === "SMS");
  const org = needsOrg
    ? await tx.organization.findUnique({
        where: { id: wo.orgId },
        select: { timeZone: true, quietHoursStartMinute: true, quietHoursEndMinute: true },
      })
    : null;
  let queued = 0;
  for (const o of staffOutgoing(wo, recipients, m, now, org)) if (await enqueue(tx, o, now)) queued++;
  return queued;
}
