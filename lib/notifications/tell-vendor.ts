// What an outside vendor is told, in the language on their record (issue 18): by email to the
// address on file and, for the messages that have a short version, by text too when they have a
// phone. Through the outbox in the caller's transaction; a secret link travels encrypted
// (secretLink) and the body keeps its {{link}} placeholder. Keys make every message once-only.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { enqueue } from "@/lib/outbox/outbox";
import type { QuietOrg } from "@/lib/notifications/notify-managers";
import { smsNotBefore } from "@/lib/notifications/quiet-hours";
import {
  hasSms,
  renderVendorMessage,
  type VendorTemplate,
  type VendorVars,
} from "@/lib/notifications/vendor-templates";

export type VendorContact = {
  id: string;
  orgId: string;
  company: string;
  email: string;
  phone?: string | null;
  language: string;
};

export const vendorLocale = (v: { language: string }): Locale => (isLocale(v.language) ? v.language : "en");

/** Queues the email (and the text, given `smsDedupeKey`); true when the email is new. */
export async function tellVendor(
  tx: Tx,
  v: VendorContact,
  m: {
    template: VendorTemplate;
    dedupeKey: string;
    /** Also by text, under this key, when the vendor has a phone and the message a short version. */
    smsDedupeKey?: string;
    workOrderId?: string;
    secretLink?: string;
    /** The slots, in the vendor's language (a date or a window is written in it). */
    vars: (locale: Locale) => VendorVars;
    /** Given, a text that is not urgent waits out the organisation's quiet hours. */
    quiet?: { org: QuietOrg; urgent: boolean };
  },
  now: Date,
): Promise<boolean> {
  const locale = vendorLocale(v);
  const vars = m.vars(locale);
  const email = renderVendorMessage(m.template, locale, "EMAIL", vars);
  const added = await enqueue(
    tx,
    {
      orgId: v.orgId,
      dedupeKey: m.dedupeKey,
      channel: "EMAIL",
      recipient: v.email,
      workOrderId: m.workOrderId,
      template: m.template,
      locale,
      subject: email.subject,
      body: email.body,
      secretLink: m.secretLink,
    },
    now,
  );
  if (m.smsDedupeKey && v.phone && hasSms(m.template)) {
    await enqueue(
      tx,
      {
        orgId: v.orgId,
        dedupeKey: m.smsDedupeKey,
        channel: "SMS",
        recipient: v.phone,
        workOrderId: m.workOrderId,
        template: m.template,
        body: renderVendorMessage(m.template, locale, "SMS", vars).body,
        secretLink: m.secretLink,
        notBefore: m.quiet
          ? smsNotBefore(
              now,
              {
                timeZone: m.quiet.org.timeZone,
                startMinute: m.quiet.org.quietHoursStartMinute,
                endMinute: m.quiet.org.quietHoursEndMinute,
              },
              m.quiet.urgent,
            )
          : null,
      },
      now,
    );
  }
  return added;
}
