// Input rules for the directory and settings. Pure: the actions parse with these and the unit tests
// table-test them. Dollars in, integer cents out. The messages are keys of the dictionary (dir.v.* for
// the directory, settings.v.* for settings).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const CONTACT_METHODS = ["SMS", "EMAIL", "PHONE"] as const;
export const PRIORITIES = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const;

const blankToUndef = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
// The lengths a text may have, each with its message ("Keep this under 120 characters.").
const TOO_LONG = {
  60: "dir.v.max60",
  100: "dir.v.max100",
  120: "dir.v.max120",
  200: "dir.v.max200",
  300: "dir.v.max300",
} as const;
type MaxLength = keyof typeof TOO_LONG;
const text = (max: MaxLength, msg: string) => z.string({ message: msg }).trim().min(1, msg).max(max, TOO_LONG[max]);
const optText = (max: MaxLength) => z.preprocess(blankToUndef, z.string().trim().max(max, TOO_LONG[max]).optional());
export const email = z.string({ message: "dir.v.email" }).trim().toLowerCase().pipe(z.email("dir.v.email"));
const optEmail = z.preprocess(blankToUndef, email.optional());
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{7,20}$/, "dir.v.phone");
const optPhone = z.preprocess(blankToUndef, phone.optional());

/** "95" or "95.50" dollars → 9550 cents; blank → undefined. */
export const dollars = z.preprocess(
  blankToUndef,
  z
    .string()
    .trim()
    .regex(/^\d{1,6}(\.\d{1,2})?$/, "dir.v.dollars")
    .transform((s) => {
      const [d, c = ""] = s.split(".");
      return Number(d) * 100 + Number(c.padEnd(2, "0"));
    })
    .optional(),
);
const optDate = z.preprocess(
  blankToUndef,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dir.v.date")
    .transform((s) => new Date(`${s}T23:59:59Z`))
    .optional(),
);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const vendorSchema = z.object({
  company: text(120, "dir.v.company"),
  contactName: text(100, "dir.v.contactName"),
  email,
  phone: optPhone,
  hourlyRateCents: dollars,
  callOutFeeCents: dollars,
  insuranceNumber: optText(60),
  insuranceExpiresAt: optDate,
  licenceNumber: optText(60),
  licenceExpiresAt: optDate,
  capacity: z.coerce
    .number({ message: "dir.v.capacity" })
    .int("dir.v.whole")
    .min(1, "dir.v.atLeast1")
    .max(500, "dir.v.atMost500"),
  active: checkbox,
  // The language of their job links and messages; a form without the field keeps English.
  language: z.preprocess(blankToUndef, z.enum(LOCALES, "dir.v.language").default("en")),
  // categoryId → rank (1 = preferred); categories without a rank are not served.
  categories: z.array(
    z.object({
      categoryId: z.string().min(1),
      rank: z.coerce.number().int("dir.v.whole").min(1, "dir.v.rankMin").max(99, "dir.v.rankMax"),
    }),
  ),
});
export type VendorInput = z.infer<typeof vendorSchema>;

export const ownerSchema = z.object({
  name: text(100, "dir.v.ownerName"),
  email,
  phone: optPhone,
  secondContactEmail: optEmail,
});
export type OwnerInput = z.infer<typeof ownerSchema>;

export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, "dir.v.slug");
export const propertySchema = z.object({
  name: text(120, "dir.v.propertyName"),
  address: text(200, "dir.v.address"),
  slug,
  ownerId: z.preprocess(blankToUndef, z.string().optional()),
});
export type PropertyInput = z.infer<typeof propertySchema>;

export const unitLabel = z
  .string({ message: "dir.v.unitLabel" })
  .trim()
  .min(1, "dir.v.unitLabel")
  .max(20, "dir.v.unitLabelLong");
export const floor = z.preprocess(
  blankToUndef,
  z.coerce
    .number({ message: "dir.v.floorWhole" })
    .int("dir.v.floorWhole")
    .min(-5, "dir.v.floorRange")
    .max(200, "dir.v.floorRange")
    .optional(),
);
export const unitSchema = z.object({ label: unitLabel, floor });

const code = z.preprocess(
  blankToUndef,
  z
    .string()
    .trim()
    .max(40, "dir.v.codeLong")
    .regex(/^[^<>]*$/, "dir.v.code")
    .optional(),
);
export const tenantSchema = z.object({
  name: text(100, "dir.v.tenantName"),
  email,
  phone: optPhone,
  unitId: z.string({ message: "dir.v.unit" }).min(1, "dir.v.unit"),
  contactMethod: z.enum(CONTACT_METHODS, { message: "dir.v.contactMethod" }),
  permissionToEnter: checkbox,
  pets: optText(200),
  preferredTimes: optText(200),
  // Blank keeps the saved code; "clear" checkboxes remove it.
  gateCode: code,
  lockboxCode: code,
  clearGateCode: checkbox,
  clearLockboxCode: checkbox,
});
export type TenantInput = z.infer<typeof tenantSchema>;

/** One CSV import row (header names are the CSV's columns). */
export const csvRowSchema = z
  .object({
    unit: unitLabel,
    floor,
    tenant_name: optText(100),
    tenant_email: optEmail,
    tenant_phone: optPhone,
    contact_method: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
      z.enum(CONTACT_METHODS, { message: "dir.v.csvContactMethod" }).optional(),
    ),
  })
  .refine((r) => !r.tenant_name === !r.tenant_email, {
    message: "dir.v.tenantBoth",
    path: ["tenant_email"],
  });
export type CsvRow = z.infer<typeof csvRowSchema>;

export const hexColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "settings.v.colour")
  .transform((s) => s.toLowerCase());

/** WCAG contrast ratio of a colour against white (buttons put white text on the brand colour). */
export function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}
// White text on the brand colour must stay readable (WCAG AA, 4.5:1).
export const brandColour = hexColour.refine((h) => contrastWithWhite(h) >= 4.5, "settings.v.darker");

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz);
  } catch {
    return false;
  }
}
export const timeZone = z.string().trim().refine(isTimeZone, "settings.v.timeZone");

/** "21:00" → 1260, minutes after local midnight. */
const clockTime = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, message)
    .transform((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));

const orgFields = z.object({
  name: text(120, "settings.v.orgName"),
  logoUrl: z.preprocess(blankToUndef, z.url({ message: "settings.v.url", protocol: /^https?$/ }).optional()),
  brandColor: brandColour,
  timeZone,
  workingDays: z.array(z.coerce.number().int().min(1).max(7)).min(1, "settings.v.workingDays"),
  autoCloseDays: z.coerce
    .number({ message: "settings.v.days" })
    .int("settings.v.whole")
    .min(1, "settings.v.minDay")
    .max(90, "settings.v.maxDays"),
  emergencyHotline: phone,
  afterHoursInstructions: z.string().trim().max(1000, "settings.v.max1000"),
  // Non-urgent texts wait out this spell in the organisation's time zone; the same time twice: never.
  quietHoursStartMinute: clockTime("settings.v.time21"),
  quietHoursEndMinute: clockTime("settings.v.time08"),
  // Business hours (issue 18): outside them tenants see the after-hours instructions. Left out of a
  // form, the saved hours stay.
  workdayStartMinute: clockTime("settings.v.time08").optional(),
  workdayEndMinute: clockTime("settings.v.time17").optional(),
});

type OfficeHours = { workdayStartMinute?: number; workdayEndMinute?: number };
const closesAfterOpening = (o: OfficeHours) =>
  o.workdayStartMinute === undefined || o.workdayEndMinute === undefined || o.workdayStartMinute < o.workdayEndMinute;

/** The organisation's fields, plus `extra` ones a form posts with them; the office closes after it opens. */
export const orgSchemaWith = <E extends z.ZodRawShape>(extra: E) =>
  orgFields.extend(extra).refine((o) => closesAfterOpening(o as OfficeHours), {
    path: ["workdayEndMinute"],
    message: "settings.v.closeAfterOpen",
  });
export const orgSchema = orgSchemaWith({});
export type OrgInput = z.infer<typeof orgSchema>;

const hours = z.coerce
  .number({ message: "settings.v.hours" })
  .positive("settings.v.moreThan0")
  .max(24 * 90, "settings.v.maxHours");
export const slaTargetSchema = z
  .object({
    priority: z.enum(PRIORITIES, { message: "v.priority" }),
    responseHours: hours,
    resolutionHours: hours,
    businessTime: checkbox,
  })
  .refine((s) => s.resolutionHours >= s.responseHours, {
    message: "settings.v.resolutionAfter",
    path: ["resolutionHours"],
  });

export const categorySchema = z.object({
  name: text(60, "settings.v.categoryName"),
  examples: z.string().max(2000).transform(lines),
  tips: z.string().max(4000).transform(lines),
  defaultPriority: z.preprocess(blankToUndef, z.enum(PRIORITIES, { message: "v.priority" }).optional()),
});

function lines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** zod issues → { field: [messages] } for ActionState (first path segment). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of error.issues) {
    const k = i.path.map(String).join(".") || "_";
    (out[k] ??= []).push(i.message);
  }
  return out;
}

/** Settings → Contact details and email footer: each may be left empty, and is then left out of the emails. */
export const emailFooterSchema = z.object({
  contactPhone: optPhone.transform((v) => v ?? ""),
  contactEmail: optEmail.transform((v) => v ?? ""),
  contactAddress: optText(200).transform((v) => v ?? ""),
  emailFooter: optText(300).transform((v) => v ?? ""),
});
export type EmailFooterInput = z.infer<typeof emailFooterSchema>;
