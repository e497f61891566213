// What a vendor is told about their papers, by email (the address on their record), through the
// outbox in the caller's transaction. The link is a secret: it travels encrypted (secretLink) and
// the body keeps a {{link}} placeholder. Vendors have no language on file: English.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueue } from "@/lib/outbox/outbox";
import { renderTenantMessage, type VendorPapersTemplate } from "@/lib/notifications/templates";
import { shortDate } from "@/lib/work-orders/vendor-compliance";
import type { PaperKind } from "@/lib/vendors/compliance-rules";

export type VendorContact = { id: string; orgId: string; company: string; email: string };

export const paperName = (kind: PaperKind) => (kind === "INSURANCE" ? "insurance" : "licence");

export function queueVendorMessage(
  tx: Tx,
  v: VendorContact,
  m: {
    dedupeKey: string;
    template: VendorPapersTemplate;
    org: { name: string };
    link: string;
    vars?: Record<string, string | number>;
  },
  now: Date,
): Promise<boolean> {
  const { subject, body } = renderTenantMessage(m.template, "en", "EMAIL", {
    org: m.org.name,
    vendor: v.company,
    link: "{{link}}",
    ...m.vars,
  });
  return enqueue(
    tx,
    {
      orgId: v.orgId,
      dedupeKey: m.dedupeKey,
      channel: "EMAIL",
      recipient: v.email,
      template: m.template,
      subject,
      body,
      secretLink: m.link,
    },
    now,
  );
}

/** The slots of a reminder or expiry notice: which paper, its date in the organisation's zone. */
export const paperVars = (kind: PaperKind, expiresAt: Date, timeZone: string, now: Date) => ({
  paper: paperName(kind),
  date: shortDate(expiresAt, timeZone),
  days: Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 86_400_000)),
});
