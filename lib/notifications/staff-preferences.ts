// "My notifications": a manager, admin or in-house technician chooses how they hear from the
// portal — email, texts or both — the mobile number texts go to, and the language of their
// messages. Only their own row, found by their session, never by an id from the form.
import { asActor } from "@/lib/audit/as-actor";
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";

export const STAFF_CONTACT_METHODS = ["EMAIL", "SMS", "BOTH"] as const;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{7,14}$/;

// Spaces, dashes, dots and brackets people type are dropped; what remains must be E.164.
const mobile = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s().-]/g, ""));

export const staffPreferencesSchema = z
  .object({
    contactMethod: z.enum(STAFF_CONTACT_METHODS, "prefs.contactMethod"),
    phone: mobile.refine((s) => s === "" || E164.test(s), "prefs.phone"),
    locale: z.enum(LOCALES, "prefs.locale"),
  })
  .superRefine((v, ctx) => {
    if (v.contactMethod !== "EMAIL" && v.phone === "")
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "prefs.phoneNeeded",
      });
  });
/** As the form posts it: the use case checks every field. */
export type StaffPreferencesInput = { contactMethod: string; phone: string; locale: string };

export async function myNotificationPreferences(actor: Actor) {
  if (!can(actor, "notifications:own")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  const u = await db().user.findFirst({
    where: { id: actor.userId, orgId: actor.orgId, disabledAt: null },
    select: { email: true, phone: true, contactMethod: true, locale: true, smsOptOut: true },
  });
  if (!u) throw notFound();
  // A staff member never had PHONE offered ("staff call you" is a tenant's choice): shown as email.
  return { ...u, contactMethod: u.contactMethod === "PHONE" ? ("EMAIL" as const) : u.contactMethod };
}

/**
 * Saves the choice. Choosing texts again is consent again: a number that replied STOP is turned
 * back on (Twilio's own STOP still applies until the person texts START to it).
 */
export async function updateMyNotificationPreferences({
  actor,
  input,
  now,
}: {
  actor: Actor;
  input: StaffPreferencesInput;
  now: Date;
}) {
  if (!can(actor, "notifications:own")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  const parsed = staffPreferencesSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", "common.checkFields", z.flattenError(parsed.error).fieldErrors);
  const { contactMethod, phone, locale } = parsed.data;
  const { count } = await asActor(actor, now, (tx) =>
    tx.user.updateMany({
      where: { id: actor.userId, orgId: actor.orgId, disabledAt: null },
      data: { contactMethod, phone: phone || null, locale, ...(contactMethod !== "EMAIL" ? { smsOptOut: false } : {}) },
    }),
  );
  if (count === 0) throw notFound();
  return parsed.data;
}
