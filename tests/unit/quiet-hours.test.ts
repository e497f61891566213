import { describe, expect, it } from "vitest";
import { inQuietHours, smsNotBefore } from "@/lib/notifications/quiet-hours";

const NY = { timeZone: "America/New_York", startMinute: 21 * 60, endMinute: 8 * 60 };
const ny = (iso: string) => new Date(`${iso}-05:00`); // November: New York is UTC-5

describe("quiet hours", () => {
  it.each([
    ["20:59", false],
    ["21:00", true],
    ["23:30", true],
    ["03:00", true],
    ["07:59", true],
    ["08:00", false],
    ["12:00", false],
  ])("%s in New York is quiet: %s", (hm, quiet) => {
    expect(inQuietHours(ny(`2026-11-24T${hm}:00`), NY)).toBe(quiet);
  });

  it("holds a routine text sent at 22:15 until 08:00 the next morning", () => {
    expect(smsNotBefore(ny("2026-11-24T22:15:30"), NY, false)?.toISOString()).toBe(
      ny("2026-11-25T08:00:00").toISOString(),
    );
  });

  it("holds one sent at 02:10 until 08:00 the same morning", () => {
    expect(smsNotBefore(ny("2026-11-25T02:10:00"), NY, false)?.toISOString()).toBe(
      ny("2026-11-25T08:00:00").toISOString(),
    );
  });

  it.each([
    ["an emergency at night", "2026-11-24T23:00:00", true],
    ["a routine text by day", "2026-11-24T10:00:00", false],
  ])("sends %s at once", (_name, at, urgent) => {
    expect(smsNotBefore(ny(at), NY, urgent)).toBeNull();
  });

  it("a daytime quiet spell and an empty one work too", () => {
    expect(inQuietHours(ny("2026-11-24T13:00:00"), { ...NY, startMinute: 12 * 60, endMinute: 14 * 60 })).toBe(true);
    expect(inQuietHours(ny("2026-11-24T13:00:00"), { ...NY, startMinute: 0, endMinute: 0 })).toBe(false);
  });
});
