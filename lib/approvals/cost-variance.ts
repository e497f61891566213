// The actual cost of completed work against the estimate that was approved (issue 7): "Actual
// $820.00 · $70.00 (9.3%) over the approved $750.00". Pure, for the staff and owner pages alike.
import { formatCents } from "@/lib/money";

export type Variance = {
  actualCents: number;
  approvedCents: number;
  deltaCents: number;
  direction: "over" | "under" | "as-approved";
  percent: number;
  text: string;
};

type EstimateLike = { amountCents: number; status: string; updatedAt: Date };

/** The approved estimate the work went ahead on: the one approved last (several quotes may be approved over time). */
export function approvedEstimate<T extends EstimateLike>(estimates: T[]): T | null {
  return estimates
    .filter((e) => e.status === "APPROVED")
    .reduce<T | null>((last, e) => (!last || e.updatedAt >= last.updatedAt ? e : last), null);
}

/** Percent of the approved amount, to one decimal ("9.3%"); trailing ".0" dropped ("10%"). */
function percentText(p: number): string {
  if (p > 0 && p < 0.05) return "<0.1%";
  return `${Number(p.toFixed(1)).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}

export function costVariance(
  actualCents: number | null | undefined,
  approvedCents: number | null | undefined,
): Variance | null {
  if (actualCents == null || approvedCents == null || approvedCents <= 0) return null;
  const deltaCents = actualCents - approvedCents;
  const direction = deltaCents > 0 ? "over" : deltaCents < 0 ? "under" : "as-approved";
  const percent = (Math.abs(deltaCents) / approvedCents) * 100;
  const actual = `Actual ${formatCents(actualCents)}`;
  const text =
    direction === "as-approved"
      ? `${actual} · as approved`
      : `${actual} · ${formatCents(Math.abs(deltaCents))} (${percentText(percent)}) ${direction} the approved ${formatCents(approvedCents)}`;
  return { actualCents, approvedCents, deltaCents, direction, percent, text };
}
