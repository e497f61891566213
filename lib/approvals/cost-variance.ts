// The actual cost of completed work against the estimate that was approved (issue 7): "Actual
// $820.00 · $70.00 (9.3%) over the approved $750.00". Pure, for the staff and owner pages alike.
import type { Locale } from "@/lib/i18n/locales";
import { msg, type Msg } from "@/lib/i18n/translate";
import { formatCents } from "@/lib/money";

export type Variance = {
  actualCents: number;
  approvedCents: number;
  deltaCents: number;
  direction: "over" | "under" | "as-approved";
  percent: number;
};

type EstimateLike = { amountCents: number; status: string; updatedAt: Date };

/** The approved estimate the work went ahead on: the one approved last (several quotes may be approved over time). */
export function approvedEstimate<T extends EstimateLike>(estimates: T[]): T | null {
  return estimates
    .filter((e) => e.status === "APPROVED")
    .reduce<T | null>((last, e) => (!last || e.updatedAt >= last.updatedAt ? e : last), null);
}

/** Percent of the approved amount, to one decimal ("9.3%"); trailing ".0" dropped ("10%"). */
function percentText(p: number, locale: Locale): string {
  if (p > 0 && p < 0.05) return "<0.1%";
  const tag = locale === "es" ? "es-US" : "en-US";
  return `${Number(p.toFixed(1)).toLocaleString(tag, { maximumFractionDigits: 1 })}%`;
}

export function costVariance(
  actualCents: number | null | undefined,
  approvedCents: number | null | undefined,
): Variance | null {
  if (actualCents == null || approvedCents == null || approvedCents <= 0) return null;
  const deltaCents = actualCents - approvedCents;
  const direction = deltaCents > 0 ? "over" : deltaCents < 0 ? "under" : "as-approved";
  const percent = (Math.abs(deltaCents) / approvedCents) * 100;
  return { actualCents, approvedCents, deltaCents, direction, percent };
}

/** The variance in words, with money and the percent written for the reader's locale. */
export function varianceMessage(v: Variance, locale: Locale = "en"): Msg {
  const money = (cents: number) => formatCents(cents, locale);
  const actual = money(v.actualCents);
  if (v.direction === "as-approved") return msg("estimates.variance.asApproved", { actual });
  return msg(v.direction === "over" ? "estimates.variance.over" : "estimates.variance.under", {
    actual,
    delta: money(Math.abs(v.deltaCents)),
    percent: percentText(v.percent, locale),
    approved: money(v.approvedCents),
  });
}
