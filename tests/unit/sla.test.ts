import { describe, expect, it } from "vitest";
import { addTarget, computeDueTimes, DEFAULT_SLA, type Calendar } from "@/lib/work-orders/sla";

const cal: Calendar = { timeZone: "America/New_York", workingDays: [1, 2, 3, 4, 5], holidays: ["2026-11-26"] };
const at = (s: string) => new Date(s);

describe("addTarget", () => {
  it.each([
    // [start, minutes, business, expected]
    ["2026-11-23T15:00:00Z", 240, false, "2026-11-23T19:00:00Z"], // emergency: 4 calendar hours
    ["2026-11-28T15:00:00Z", 1440, false, "2026-11-29T15:00:00Z"], // urgent on a Saturday: still 24 h
    ["2026-11-23T15:00:00Z", 2880, true, "2026-11-25T15:00:00Z"], // Mon + 2 business days = Wed
    ["2026-11-24T15:00:00Z", 2880, true, "2026-11-27T15:00:00Z"], // Tue + 2 = Wed, (Thanksgiving Thu skipped), Fri
    ["2026-11-28T15:00:00Z", 2880, true, "2026-12-02T15:00:00Z"], // reported Sat: counts from Mon
    ["2026-11-20T15:00:00Z", 7200, true, "2026-11-30T15:00:00Z"], // Fri + 5 business days (holiday skipped)
  ] as const)("%s + %d min (business=%s) = %s", (start, minutes, business, expected) => {
    expect(addTarget(at(start), minutes, business, cal).toISOString()).toBe(at(expected).toISOString());
  });
});

describe("computeDueTimes", () => {
  it("marks at-risk at 75% of each target", () => {
    const d = computeDueTimes("EMERGENCY", at("2026-11-23T15:00:00Z"), DEFAULT_SLA, cal);
    expect(d.responseDueAt.toISOString()).toBe("2026-11-23T19:00:00.000Z");
    expect(d.responseAtRiskAt.toISOString()).toBe("2026-11-23T18:00:00.000Z");
    expect(d.resolutionDueAt.toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });
  it("uses the organisation's own targets when given", () => {
    const d = computeDueTimes(
      "URGENT",
      at("2026-11-23T15:00:00Z"),
      [{ priority: "URGENT", responseMinutes: 60, resolutionMinutes: 120, businessTime: false }],
      cal,
    );
    expect(d.responseDueAt.toISOString()).toBe("2026-11-23T16:00:00.000Z");
  });
});
