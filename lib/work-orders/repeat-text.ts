// Words for repeat issues (DESIGN.md §9) on the work order page. Pure.
import type { Locale } from "@/lib/i18n/locales";
import { shortDate } from "@/lib/work-orders/vendor-compliance";

// "plumbing", but "HVAC" stays an acronym.
const lower = (s: string) => (s === s.toUpperCase() ? s : s.toLowerCase());

export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "3rd plumbing request for unit 2C since May" ("3.ª solicitud de plumbing para la unidad 2C desde mayo"), or null when this is the only one. */
export function repeatIssueText({
  earlier,
  category,
  unit,
  timeZone = "UTC",
  locale = "en",
}: {
  earlier: { createdAt: Date }[];
  category: string;
  unit: string;
  timeZone?: string;
  locale?: Locale;
}): string | null {
  if (earlier.length === 0) return null;
  const first = earlier.reduce((a, b) => (a.createdAt < b.createdAt ? a : b)).createdAt;
  const month = new Intl.DateTimeFormat(locale === "es" ? "es" : "en-GB", { timeZone, month: "long" }).format(first);
  if (locale === "es")
    return `${earlier.length + 1}.ª solicitud de ${lower(category)} para la unidad ${unit} desde ${month}`;
  return `${ordinal(earlier.length + 1)} ${lower(category)} request for unit ${unit} since ${month}`;
}

/** "ABC Plumbing was here for plumbing on 12 Nov 2026 (#41): this may be a callback." */
export function callbackText({
  vendor,
  category,
  at,
  trackingNumber,
  timeZone = "UTC",
  locale = "en",
}: {
  vendor: string;
  category: string;
  at: Date;
  trackingNumber: number;
  timeZone?: string;
  locale?: Locale;
}): string {
  if (locale === "es")
    return `${vendor} vino por ${lower(category)} el ${shortDate(at, timeZone, "es")} (n.º ${trackingNumber}): puede ser una repetición.`;
  return `${vendor} was here for ${lower(category)} on ${shortDate(at, timeZone)} (#${trackingNumber}): this may be a callback.`;
}
