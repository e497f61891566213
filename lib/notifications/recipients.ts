// Who hears about a work order, and how (DESIGN.md §7): the tenant who reported it, by the contact
// method chosen on the request (SMS only to a number that has not opted out; PHONE means a call
// from staff, so messages go by email); a QR reporter by whatever they gave; the property's managers
// by email.
import "server-only";
import type { Tx } from "@/lib/db/client";

import { isLocale, type Locale } from "@/lib/i18n/locales";

export type Recipient = { channel: "EMAIL" | "SMS"; recipient: string; userId?: string; key: string; locale: Locale };

type WoContact = {
  id: string;
  propertyId: string;
  orgId: string;
  contactMethod: "SMS" | "EMAIL" | "PHONE";
  reporterId: string | null;
  reporterEmail: string | null;
  reporterPhone: string | null;
};

export async function tenantRecipients(tx: Tx, wo: WoContact): Promise<Recipient[]> {
  if (wo.reporterId) {
    const u = await tx.user.findFirst({ where: { id: wo.reporterId, disabledAt: null }, select: { id: true, email: true, phone: true, smsOptOut: true, locale: true } });
    if (!u) return [];
    const locale = isLocale(u.locale) ? u.locale : "en";
    if (wo.contactMethod === "SMS" && u.phone && !u.smsOptOut) return [{ channel: "SMS", recipient: u.phone, userId: u.id, key: `${u.id}:SMS`, locale }];
    return [{ channel: "EMAIL", recipient: u.email, userId: u.id, key: `${u.id}:EMAIL`, locale }];
  }
  const out: Recipient[] = [];
  // A QR reporter has no account: English until intake keeps the language they reported in.
  if (wo.reporterEmail) out.push({ channel: "EMAIL", recipient: wo.reporterEmail, key: "visitor:EMAIL", locale: "en" });
  if (wo.reporterPhone) out.push({ channel: "SMS", recipient: wo.reporterPhone, key: "visitor:SMS", locale: "en" });
  return out;
}

export async function managerRecipients(tx: Tx, wo: { orgId: string; propertyId: string }): Promise<Recipient[]> {
  const managers = await tx.user.findMany({
    where: { orgId: wo.orgId, disabledAt: null, role: "MANAGER", managedProperties: { some: { propertyId: wo.propertyId } } },
    select: { id: true, email: true },
  });
  return managers.map((m) => ({ channel: "EMAIL" as const, recipient: m.email, userId: m.id, key: `${m.id}:EMAIL`, locale: "en" as const }));
}
