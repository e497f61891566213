import { describe, expect, it } from "vitest";
import { formatInZone, zonedToUtc } from "@/lib/time";

describe("zonedToUtc", () => {
  it.each([
    ["2026-03-14T09:00", "America/New_York", "2026-03-14T13:00:00.000Z"], // EDT (after 8 March)
    ["2026-01-14T09:00", "America/New_York", "2026-01-14T14:00:00.000Z"], // EST
    ["2026-07-01T00:30", "Europe/London", "2026-06-30T23:30:00.000Z"],
    ["2026-07-01T12:00", "UTC", "2026-07-01T12:00:00.000Z"],
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
