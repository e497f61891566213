import { describe, expect, it } from "vitest";
import { approvedEstimate, costVariance, varianceMessage } from "@/lib/approvals/cost-variance";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { english } from "@/tests/support/english";

describe("actual cost against the approved estimate", () => {
  it.each([
    [82_000, 75_000, "over", "Actual $820.00 · $70.00 (9.3%) over the approved $750.00"],
    [70_000, 75_000, "under", "Actual $700.00 · $50.00 (6.7%) under the approved $750.00"],
    [75_000, 75_000, "as-approved", "Actual $750.00 · as approved"],
    [82_500, 75_000, "over", "Actual $825.00 · $75.00 (10%) over the approved $750.00"],
    [75_001, 75_000, "over", "Actual $750.01 · $0.01 (<0.1%) over the approved $750.00"],
    [0, 15_000, "under", "Actual $0.00 · $150.00 (100%) under the approved $150.00"],
    [150_000, 75_000, "over", "Actual $1,500.00 · $750.00 (100%) over the approved $750.00"],
  ] as const)("actual %i, approved %i: %s", (actual, approved, direction, text) => {
    const v = costVariance(actual, approved);
    expect(v).toMatchObject({ direction, deltaCents: actual - approved });
    expect(english(varianceMessage(v!))).toBe(text);
  });

  it.each([
    [82_000, 75_000, "Real $820.00 · $70.00 (9.3%) por encima de lo aprobado, $750.00"],
    [70_000, 75_000, "Real $700.00 · $50.00 (6.7%) por debajo de lo aprobado, $750.00"],
    [75_000, 75_000, "Real $750.00 · según lo aprobado"],
  ] as const)("in Spanish: actual %i, approved %i: %s", (actual, approved, text) => {
    const spanish = translator("es", es);
    expect(spanish(varianceMessage(costVariance(actual, approved)!, "es"))).toBe(text);
  });

  it.each([
    [null, 75_000],
    [82_000, null],
    [82_000, undefined],
    [82_000, 0],
  ])("nothing to compare: actual %s, approved %s", (actual, approved) => {
    expect(costVariance(actual, approved)).toBeNull();
  });
});

describe("which estimate the work went ahead on", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 1, h));
  it("the approved one decided last; declined, pending and superseded ones never", () => {
    const es = [
      { id: "a", amountCents: 60_000, status: "APPROVED", updatedAt: at(1) },
      { id: "b", amountCents: 75_000, status: "APPROVED", updatedAt: at(3) },
      { id: "c", amountCents: 50_000, status: "DECLINED", updatedAt: at(5) },
      { id: "d", amountCents: 40_000, status: "PENDING", updatedAt: at(6) },
    ];
    expect(approvedEstimate(es)?.id).toBe("b");
    expect(approvedEstimate(es.filter((e) => e.status !== "APPROVED"))).toBeNull();
    expect(approvedEstimate([])).toBeNull();
  });
});
