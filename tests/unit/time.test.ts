import { describe, expect, it } from "vitest";
import { formatInZone, zonedToUtc } from "@/lib/time";

describe("zonedToUtc", () => {
  it.each([
    ["2026-03-14T09:00", "America/New_York", "2026-03-14T13:00:00.000Z"], // EDT (after 8 March)
    ["2026-01-14T09:00", "America/New_York", "2026-01-14T14:00:00.000Z"], // EST
    ["2026-07-01T00:30", "Europe/London", "2026-06-30T23:30:00.000Z"],
    ["2026-07-01T12:00", "UTC", "2026-07-01T12:00:00.000Z"],
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00.000Z"], // passed twice: the first
    ["2026-03-08T02:30", "America/New_York", "2026-03-08T07:30:00.000Z"], // skipped: 03:30 EDT
    // Clocks that skip midnight: the day starts at 01:00 that day, not at 23:00 the day before.
    ["2026-09-06T00:00", "America/Santiago", "2026-09-06T04:00:00.000Z"],
    ["2026-09-07T00:00", "America/Santiago", "2026-09-07T03:00:00.000Z"],
    ["2026-04-05T00:00", "America/Santiago", "2026-04-05T04:00:00.000Z"], // back to -04 the evening before
    ["2026-03-29T00:00", "Asia/Beirut", "2026-03-28T22:00:00.000Z"],
    ["2026-01-01T00:00", "Asia/Kathmandu", "2025-12-31T18:15:00.000Z"],
  ])("%s in %s is %s", (local, tz, expected) => {
    expect(zonedToUtc(local, tz)?.toISOString()).toBe(expected);
  });
  it("refuses what is not a date and time", () => {
    expect(zonedToUtc("tomorrow 9", "UTC")).toBeNull();
  });
  it("round-trips through formatInZone", () => {
    const at = zonedToUtc("2026-11-24T15:45", "America/Los_Angeles")!;
    expect(formatInZone(at, "America/Los_Angeles", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })).toBe(
      "15:45",
    );
  });
});
