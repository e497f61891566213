// What a vendor is told about their papers, by email (the address on their record), in their
// language, through the outbox in the caller's transaction. The link is a secret: it travels
// encrypted (secretLink) and the body keeps a {{link}} placeholder.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { tellVendor, type VendorContact } from "@/lib/notifications/tell-vendor";
import type { VendorPapersTemplate, VendorVars } from "@/lib/notifications/vendor-templates";
import { shortDate } from "@/lib/work-orders/vendor-compliance";
import type { PaperKind } from "@/lib/vendors/compliance-rules";

export type { VendorContact };

/** The paper's name in staff messages (English). */
export const paperName = (kind: PaperKind) => (kind === "INSURANCE" ? "insurance" : "licence");

export function queueVendorMessage(
  tx: Tx,
  v: VendorContact,
  m: {
    dedupeKey: string;
    template: VendorPapersTemplate;
    org: { name: string };
    link: string;
    vars?: (locale: Locale) => VendorVars;
  },
  now: Date,
): Promise<boolean> {
  return tellVendor(
    tx,
    v,
    {
      template: m.template,
      dedupeKey: m.dedupeKey,
      secretLink: m.link,
      vars: (locale) => ({ org: m.org.name, vendor: v.company, ...m.vars?.(locale) }),
    },
    now,
  );
}

/** The slots of a reminder or expiry notice: which paper, its date in the organisation's zone. */
export const paperVars =
  (kind: PaperKind, expiresAt: Date, timeZone: string, now: Date) =>
  (locale: Locale): VendorVars => ({
    paper: kind,
    date: shortDate(expiresAt, timeZone, locale),
    days: Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 86_400_000)),
  });
