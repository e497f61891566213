// Who hears about a work order, and how (DESIGN.md §7): the tenant who reported it, by the contact
// method chosen on the request — email, SMS or both; SMS only to a number that has not opted out
// (then email); PHONE means staff call, so messages go by email — in their language; a QR reporter
// by whatever they gave, in the language they reported in; the property's managers by email.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { ContactMethod } from "@/lib/db/generated/enums";

import { isLocale, type Locale } from "@/lib/i18n/locales";

export type Recipient = { channel: "EMAIL" | "SMS"; recipient: string; userId?: string; key: string; locale: Locale };

type WoContact = {
  id: string;
  propertyId: string;
  orgId: string;
  contactMethod: ContactMethod;
  locale: string;
  reporterId: string | null;
  reporterEmail: string | null;
  reporterPhone: string | null;
};

export async function tenantRecipients(tx: Tx, wo: WoContact): Promise<Recipient[]> {
  if (wo.reporterId) {
    const u = await tx.user.findFirst({ where: { id: wo.reporterId, disabledAt: null }, select: { id: true, email: true, phone: true, smsOptOut: true, locale: true } });
    if (!u) return [];
    const locale = isLocale(u.locale) ? u.locale : "en";
    const email: Recipient = { channel: "EMAIL", recipient: u.email, userId: u.id, key: `${u.id}:EMAIL`, locale };
    const canText = !!u.phone && !u.smsOptOut;
    const sms: Recipient | null = canText ? { channel: "SMS", recipient: u.phone!, userId: u.id, key: `${u.id}:SMS`, locale } : null;
    if (wo.contactMethod === "BOTH") return sms ? [email, sms] : [email];
    if (wo.contactMethod === "SMS" && sms) return [sms];
    return [email];
  }
  const out: Recipient[] = [];
  const locale = isLocale(wo.locale) ? wo.locale : "en";
  if (wo.reporterEmail) out.push({ channel: "EMAIL", recipient: wo.reporterEmail, key: "visitor:EMAIL", locale });
  if (wo.reporterPhone) out.push({ channel: "SMS", recipient: wo.reporterPhone, key: "visitor:SMS", locale });
  return out;
}

export async function managerRecipients(tx: Tx, wo: { orgId: string; propertyId: string }): Promise<Recipient[]> {
  const managers = await tx.user.findMany({
    where: { orgId: wo.orgId, disabledAt: null, role: "MANAGER", managedProperties: { some: { propertyId: wo.propertyId } } },
    select: { id: true, email: true },
  });
  return managers.map((m) => ({ channel: "EMAIL" as const, recipient: m.email, userId: m.id, key: `${m.id}:EMAIL`, locale: "en" as const }));
}
