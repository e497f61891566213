// Which month the monthly export covers: the one before `now`'s, in the organisation's zone.
import { describe, expect, it } from "vitest";
import { lastMonth, monthDates, monthName } from "@/lib/reports/export-link";

describe("lastMonth", () => {
  it.each([
    ["2026-12-06T12:00:00Z", "America/New_York", "2026-11", "2026-11-01", "2026-11-30"],
    // Still 30 November in New York: the export covers October.
    ["2026-12-01T03:00:00Z", "America/New_York", "2026-10", "2026-10-01", "2026-10-31"],
    ["2026-12-01T03:00:00Z", "UTC", "2026-11", "2026-11-01", "2026-11-30"],
    ["2027-01-01T06:00:00Z", "America/Chicago", "2026-12", "2026-12-01", "2026-12-31"],
    ["2028-03-01T12:00:00Z", "UTC", "2028-02", "2028-02-01", "2028-02-29"], // a leap year
  ])("%s in %s → %s", (now, zone, period, fromDate, toDate) => {
    expect(lastMonth(new Date(now), zone)).toEqual({ period, fromDate, toDate });
  });

  it("names the month and gives its days", () => {
    expect(monthName("2026-11")).toBe("November 2026");
    expect(monthDates("2027-02")).toEqual({ period: "2027-02", fromDate: "2027-02-01", toDate: "2027-02-28" });
  });
});
