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
  it("marks at-risk at 75% of each target (the default)", () => {
    const d = computeDueTimes("EMERGENCY", at("2026-11-23T15:00:00Z"), DEFAULT_SLA, cal, 75);
    expect(d.responseDueAt.toISOString()).toBe("2026-11-23T19:00:00.000Z");
    expect(d.responseAtRiskAt.toISOString()).toBe("2026-11-23T18:00:00.000Z");
    expect(d.resolutionDueAt.toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });
  it.each([
    // [at-risk %, response at risk (4 h target from 15:00), resolution at risk (24 h target)]
    [50, "2026-11-23T17:00:00.000Z", "2026-11-24T03:00:00.000Z"],
    [60, "2026-11-23T17:24:00.000Z", "2026-11-24T05:24:00.000Z"],
    [90, "2026-11-23T18:36:00.000Z", "2026-11-24T12:36:00.000Z"],
    [95, "2026-11-23T18:48:00.000Z", "2026-11-24T13:48:00.000Z"],
  ] as const)("marks at-risk at the organisation's %d%% of each target", (percent, response, resolution) => {
    const d = computeDueTimes("EMERGENCY", at("2026-11-23T15:00:00Z"), DEFAULT_SLA, cal, percent);
    expect(d.responseAtRiskAt.toISOString()).toBe(response);
    expect(d.resolutionAtRiskAt.toISOString()).toBe(resolution);
    expect(d.responseDueAt.toISOString()).toBe("2026-11-23T19:00:00.000Z"); // the due times do not move
  });
  it("puts a business-time target's at-risk point on the share of its calendar span", () => {
    // Routine on Friday: 2 business days → Tuesday 15:00 (the weekend in between); 50% is Sunday 15:00.
    const d = computeDueTimes("ROUTINE", at("2026-11-20T15:00:00Z"), DEFAULT_SLA, cal, 50);
    expect(d.responseDueAt.toISOString()).toBe("2026-11-24T15:00:00.000Z");
    expect(d.responseAtRiskAt.toISOString()).toBe("2026-11-22T15:00:00.000Z");
  });
  it("uses the organisation's own targets when given", () => {
    const d = computeDueTimes(
      "URGENT",
      at("2026-11-23T15:00:00Z"),
      [{ priority: "URGENT", responseMinutes: 60, resolutionMinutes: 120, businessTime: false }],
      cal,
      75,
    );
    expect(d.responseDueAt.toISOString()).toBe("2026-11-23T16:00:00.000Z");
    expect(d.responseAtRiskAt.toISOString()).toBe("2026-11-23T15:45:00.000Z");
  });
});
