// Who hears about a work order, and how (DESIGN.md §7): the tenant who reported it, by the contact
// method chosen on the request — email, SMS or both; SMS only to a number that has not opted out
// (then email); PHONE means staff call, so messages go by email — in their language; a QR reporter
// by whatever they gave, in the language they reported in. Staff (the property's managers, an
// in-house technician) by the preference they set on "My notifications", in their language.
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

type Person = { id: string; email: string; phone: string | null; smsOptOut: boolean; locale: string };

/** A person with an account, by a contact method: SMS only to a number that has not opted out (else email). */
export function byPreference(u: Person, method: ContactMethod): Recipient[] {
  const locale = isLocale(u.locale) ? u.locale : "en";
  const email: Recipient = { channel: "EMAIL", recipient: u.email, userId: u.id, key: `${u.id}:EMAIL`, locale };
  const sms: Recipient | null =
    u.phone && !u.smsOptOut ? { channel: "SMS", recipient: u.phone, userId: u.id, key: `${u.id}:SMS`, locale } : null;
  if (method === "BOTH") return sms ? [email, sms] : [email];
  if (method === "SMS" && sms) return [sms];
  return [email];
}

const PERSON = { id: true, email: true, phone: true, smsOptOut: true, locale: true, contactMethod: true } as const;

export async function tenantRecipients(tx: Tx, wo: WoContact): Promise<Recipient[]> {
  if (wo.reporterId) {
    const u = await tx.user.findFirst({ where: { id: wo.reporterId, disabledAt: null }, select: PERSON });
    return u ? byPreference(u, wo.contactMethod) : [];
  }
  const out: Recipient[] = [];
  const locale = isLocale(wo.locale) ? wo.locale : "en";
  if (wo.reporterEmail) out.push({ channel: "EMAIL", recipient: wo.reporterEmail, key: "visitor:EMAIL", locale });
  if (wo.reporterPhone) out.push({ channel: "SMS", recipient: wo.reporterPhone, key: "visitor:SMS", locale });
  return out;
}

/** The property's managers, each by their own preference and language. */
export async function managerRecipients(tx: Tx, wo: { orgId: string; propertyId: string }): Promise<Recipient[]> {
  const managers = await tx.user.findMany({
    where: {
      orgId: wo.orgId,
      disabledAt: null,
      role: "MANAGER",
      managedProperties: { some: { propertyId: wo.propertyId } },
    },
    select: PERSON,
    orderBy: { email: "asc" },
  });
  return managers.flatMap((m) => byPreference(m, m.contactMethod));
}

/** The managers of several properties in one query (a cron step's batch), by property. */
export async function managersByProperty(
  tx: Tx,
  orgId: string,
  propertyIds: string[],
): Promise<Map<string, Recipient[]>> {
  const managers = await tx.user.findMany({
    where: {
      orgId,
      disabledAt: null,
      role: "MANAGER",
      managedProperties: { some: { propertyId: { in: propertyIds } } },
    },
    select: {
      ...PERSON,
      managedProperties: { where: { propertyId: { in: propertyIds } }, select: { propertyId: true } },
    },
    orderBy: { email: "asc" },
  });
  const out = new Map<string, Recipient[]>(propertyIds.map((p) => [p, []]));
  for (const m of managers)
    for (const { propertyId } of m.managedProperties) out.get(propertyId)!.push(...byPreference(m, m.contactMethod));
  return out;
}

/** One staff member (an in-house technician), by their preference and language; none when disabled. */
export async function staffRecipients(tx: Tx, orgId: string, userId: string): Promise<Recipient[]> {
  const u = await tx.user.findFirst({
    where: { id: userId, orgId, disabledAt: null, role: { in: ["ADMIN", "MANAGER", "TECHNICIAN"] } },
    select: PERSON,
  });
  return u ? byPreference(u, u.contactMethod) : [];
}
