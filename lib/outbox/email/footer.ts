// What every email carries besides its message (issue 18): the organisation's name, logo and colour,
// and a footer with how to reach the office, its hours in words and a closing line, in the
// recipient's language. Pure: the HTML part (branded-email.tsx) and the plain-text part share it.
import type { Locale } from "@/lib/i18n/locales";

export type EmailBrand = {
  name: string;
  logoUrl: string | null;
  brandColor: string;
  contactPhone: string;
  contactEmail: string;
  contactAddress: string;
  emailFooter: string;
  timeZone: string;
  workingDays: number[];
  workdayStartMinute: number;
  workdayEndMinute: number;
};

/** The organisation's columns an email needs (the delivery and the previews read these). */
export const EMAIL_BRAND_SELECT = {
  name: true,
  logoUrl: true,
  brandColor: true,
  contactPhone: true,
  contactEmail: true,
  contactAddress: true,
  emailFooter: true,
  timeZone: true,
  workingDays: true,
  workdayStartMinute: true,
  workdayEndMinute: true,
} as const;

export const DEFAULT_COLOR = "#0f766e";

/** A message whose organisation is gone: the portal's name and colour, no footer details. */
export const FALLBACK_BRAND: EmailBrand = {
  name: "Fixwell",
  logoUrl: null,
  brandColor: DEFAULT_COLOR,
  contactPhone: "",
  contactEmail: "",
  contactAddress: "",
  emailFooter: "",
  timeZone: "UTC",
  workingDays: [],
  workdayStartMinute: 0,
  workdayEndMinute: 0,
};

// Both land in attributes of the HTML: validated on save, checked again here.
export const safeColor = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : DEFAULT_COLOR);
export const safeLogo = (u: string | null) => (u && /^https:\/\/[^\s"'<>]+$/.test(u) ? u : null);

const WORDS = {
  en: { phone: "Phone", email: "Email", address: "Address", hours: "Office hours", range: "{from} to {to}" },
  es: { phone: "Teléfono", email: "Correo", address: "Dirección", hours: "Horario de oficina", range: "{from} a {to}" },
} satisfies Record<Locale, Record<string, string>>;

const tag = (locale: Locale) => (locale === "es" ? "es-US" : "en-US");
// Intl puts narrow no-break spaces in "8:00 AM"; plain spaces read the same and wrap in plain text.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
const range = (locale: Locale, from: string, to: string) =>
  WORDS[locale].range.replace("{from}", from).replace("{to}", to);
// 1 January 2024 was a Monday: ISO weekday d is 2024-01-0d.
const dayName = (d: number, locale: Locale) =>
  new Intl.DateTimeFormat(tag(locale), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, d)));
const clock = (minute: number, locale: Locale) =>
  plain(
    new Intl.DateTimeFormat(tag(locale), { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 1, 0, minute)),
    ),
  );

/**
 * The office hours in words: "Monday to Friday, 8:00 AM to 5:00 PM (Eastern Time)". Three or more
 * days in a row read as a range. Null when the office keeps no hours (no day, or no time open).
 */
export function officeHoursInWords(
  b: Pick<EmailBrand, "workingDays" | "workdayStartMinute" | "workdayEndMinute" | "timeZone">,
  locale: Locale,
): string | null {
  const days = [...new Set(b.workingDays)].filter((d) => d >= 1 && d <= 7).sort((x, y) => x - y);
  if (days.length === 0 || b.workdayStartMinute >= b.workdayEndMinute) return null;
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  const parts = runs.flatMap((r) =>
    r.length >= 3
      ? [range(locale, dayName(r[0], locale), dayName(r.at(-1)!, locale))]
      : r.map((d) => dayName(d, locale)),
  );
  const list = new Intl.ListFormat(tag(locale), { type: "conjunction" }).format(parts);
  const zone = new Intl.DateTimeFormat(tag(locale), { timeZone: b.timeZone, timeZoneName: "longGeneric" })
    .formatToParts(new Date(Date.UTC(2024, 0, 1)))
    .find((p) => p.type === "timeZoneName")?.value;
  const hours = range(locale, clock(b.workdayStartMinute, locale), clock(b.workdayEndMinute, locale));
  const words = `${list}, ${hours}${zone ? ` (${zone})` : ""}`;
  return words[0].toUpperCase() + words.slice(1);
}

export type ContactLine = { label: string; value: string; href?: string };
export type Footer = { contact: ContactLine[]; hours: string | null; line: string };

/** The footer in the recipient's language; what the organisation left empty is left out. */
export function emailFooter(b: EmailBrand, locale: Locale): Footer {
  const w = WORDS[locale];
  const contact: ContactLine[] = [];
  const phone = b.contactPhone.trim();
  const email = b.contactEmail.trim();
  const address = b.contactAddress.trim().replace(/\s*\n\s*/g, ", ");
  if (phone) contact.push({ label: w.phone, value: phone, href: `tel:${phone.replace(/[^+0-9]/g, "")}` });
  if (email) contact.push({ label: w.email, value: email, href: `mailto:${email}` });
  if (address) contact.push({ label: w.address, value: address });
  const hours = officeHoursInWords(b, locale);
  return { contact, hours: hours && `${w.hours}: ${hours}`, line: b.emailFooter.trim() };
}

/** The plain-text part: the message, then the footer's lines under a signature separator. */
export function textWithFooter(text: string, f: Footer): string {
  const lines = [...f.contact.map((c) => `${c.label}: ${c.value}`), ...(f.hours ? [f.hours] : []), f.line].filter(
    Boolean,
  );
  return lines.length ? `${text}\n\n-- \n${lines.join("\n")}` : text;
}
