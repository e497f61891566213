// Business hours in the organisation's zone: open or not, and when it opens next — across a
// weekend, a holiday and the spring DST change.
import { describe, expect, it } from "vitest";
import { officeStatus, type OfficeCalendar } from "@/lib/work-orders/office-hours";

const cal: OfficeCalendar = {
  timeZone: "America/New_York",
  workingDays: [1, 2, 3, 4, 5],
  holidays: ["2026-12-25"],
  startMinute: 8 * 60,
  endMinute: 17 * 60,
};

describe("officeStatus", () => {
  it.each([
    // now (UTC), open, next opening (UTC) or null
    ["2026-12-07T14:00:00Z", true, null], // Monday 09:00 EST
    ["2026-12-07T13:00:00Z", true, null], // Monday 08:00 sharp
    ["2026-12-07T22:00:00Z", false, "2026-12-08T13:00:00.000Z"], // Monday 17:00: closed, Tuesday 08:00
    ["2026-12-07T12:59:00Z", false, "2026-12-07T13:00:00.000Z"], // Monday 07:59: opens in a minute
    ["2026-12-05T15:00:00Z", false, "2026-12-07T13:00:00.000Z"], // Saturday → Monday
    ["2026-12-24T23:00:00Z", false, "2026-12-28T13:00:00.000Z"], // Thursday evening, Christmas Friday → Monday
    ["2026-12-25T15:00:00Z", false, "2026-12-28T13:00:00.000Z"], // on the holiday itself
    ["2026-03-06T23:00:00Z", false, "2026-03-09T12:00:00.000Z"], // Friday evening before DST → Monday 08:00 EDT
  ])("%s → open %s, next %s", (now, open, next) => {
    const s = officeStatus(new Date(now), cal);
    expect(s.open).toBe(open);
    expect(s.nextOpen?.toISOString() ?? null).toBe(next);
  });

  it("is never open with no working days or hours that do not make a day", () => {
    expect(officeStatus(new Date("2026-12-07T14:00:00Z"), { ...cal, workingDays: [] })).toEqual({
      open: false,
      nextOpen: null,
    });
    expect(officeStatus(new Date("2026-12-07T14:00:00Z"), { ...cal, startMinute: 600, endMinute: 600 }).open).toBe(
      false,
    );
  });
});
