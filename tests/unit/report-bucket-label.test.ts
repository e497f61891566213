// A chart's time buckets as people read them: weeks by their first day, months by name and year.
import { describe, expect, it } from "vitest";
import { bucketLabel } from "@/components/reports/format";

describe("bucketLabel", () => {
  it.each([
    ["2026-09-07", "week", "en", "Sep 7"],
    ["2026-12-28", "week", "en", "Dec 28"],
    ["2025-12-01", "month", "en", "Dec 2025"],
    ["2026-12-01", "month", "en", "Dec 2026"], // a year's view starts and ends in December: told apart
    ["2026-03-01T00:00:00.000Z", "month", "en", "Mar 2026"],
    ["2026-09-07", "week", "es", "7 sept"],
    ["2026-12-01", "month", "es", "dic 2026"],
  ] as const)("%s (%s, %s) → %s", (ymd, unit, locale, want) => {
    expect(bucketLabel(ymd, unit, locale).replace(/\s/g, " ")).toBe(want);
  });
});
