// How report numbers read: durations in hours under two days and in days beyond, rates as whole
// percentages, money in dollars. A missing number (nothing measured) is a dash, never a zero.
import type { T } from "@/lib/i18n/translate";
import { formatCents } from "@/lib/money";

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

/** A setting's whole days, as the (English) definitions say them: "1 day", "30 days". */
export const wholeDays = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
