// How report numbers read: durations in hours under two days and in days beyond, rates as whole
// percentages, money in dollars. A missing number (nothing measured) is a dash, never a zero.
import { categoryName } from "@/lib/i18n/categories";
import type { Locale } from "@/lib/i18n/locales";
import type { T } from "@/lib/i18n/translate";
import { formatCents } from "@/lib/money";
import { formatInZone } from "@/lib/time";
import type { GroupKey } from "@/lib/reports/types";

export const DASH = "—";

export function duration(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return DASH;
  if (hours < 48) return `${hours < 10 ? hours.toFixed(1) : Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} d`;
}

export const days = (d: number | null | undefined, t: T) =>
  d === null || d === undefined ? DASH : t("rep.days", { d: d.toFixed(1) });

export const rate = (r: number | null | undefined) =>
  r === null || r === undefined ? DASH : `${Math.round(r * 100)}%`;

export const money = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? DASH : formatCents(cents);

export const count = (n: number) => n.toLocaleString("en-US");

/**
 * A chart's time bucket ("YYYY-MM-DD", its first day) as people say it: a week by its first day
 * ("Sep 8"), a month by its name and year ("Dec 2025"; two Decembers in a year's view stay apart).
 */
export function bucketLabel(ymd: string, unit: "week" | "month", locale: Locale): string {
  const opts: Intl.DateTimeFormatOptions =
    unit === "week" ? { month: "short", day: "numeric" } : { month: "short", year: "numeric" };
  return formatInZone(new Date(`${ymd.slice(0, 10)}T12:00:00Z`), "UTC", opts, locale);
}

/** A setting's whole days, as the definitions say them: "1 day", "30 días". */
export const wholeDays = (n: number, t: T) => t("def.days", { n });

// Priorities arrive as EMERGENCY…LOW and are read from the dictionary, as are the rows the query
// names itself ("All", "No vendor": labels.ts, kept in English for the CSV); the categories Fixwell
// ships with are translated as the owner pages do, while categories an admin typed, properties and
// vendors keep their own spelling.
export function groupName(g: Pick<GroupKey, "dimension" | "key" | "label">, locale: Locale): string {
  if (g.dimension === "overall") return "rep.group.all";
  if (g.dimension === "priority") return `priority.${g.label}`;
  if (g.dimension === "vendor" && g.key === null) return "rep.group.noVendor";
  if (g.dimension === "category") return categoryName(g.label, locale);
  return g.label;
}
