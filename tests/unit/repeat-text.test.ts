import { describe, expect, it } from "vitest";
import { callbackText, ordinal, repeatIssueText } from "@/lib/work-orders/repeat-text";

describe("repeat issue words", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [101, "101st"],
    [111, "111th"],
  ])("ordinal(%i) = %s", (n, s) => expect(ordinal(n)).toBe(s));

  it("counts this request after the earlier ones, since the month of the first", () => {
    const earlier = [{ createdAt: new Date("2026-08-20T12:00:00Z") }, { createdAt: new Date("2026-05-03T12:00:00Z") }];
    expect(repeatIssueText({ earlier, category: "Plumbing", unit: "2C" })).toBe(
      "3rd plumbing request for unit 2C since May",
    );
    expect(repeatIssueText({ earlier: earlier.slice(0, 1), category: "HVAC", unit: "1A" })).toBe(
      "2nd HVAC request for unit 1A since August",
    );
  });

  it("says nothing when there is no earlier request", () => {
    expect(repeatIssueText({ earlier: [], category: "Plumbing", unit: "2C" })).toBeNull();
  });

  it("uses the organisation's time zone for the month", () => {
    expect(
      repeatIssueText({
        earlier: [{ createdAt: new Date("2026-06-01T02:00:00Z") }],
        category: "Plumbing",
        unit: "2C",
        timeZone: "America/New_York",
      }),
    ).toBe("2nd plumbing request for unit 2C since May");
  });

  it("warns of a likely callback", () => {
    expect(
      callbackText({
        vendor: "ABC Plumbing",
        category: "Plumbing",
        at: new Date("2026-11-12T15:00:00Z"),
        trackingNumber: 41,
      }),
    ).toBe("ABC Plumbing was here for plumbing on 12 Nov 2026 (#41): this may be a callback.");
  });

  it("reads in Spanish for a Spanish reader", () => {
    const earlier = [{ createdAt: new Date("2026-08-20T12:00:00Z") }, { createdAt: new Date("2026-05-03T12:00:00Z") }];
    expect(repeatIssueText({ earlier, category: "HVAC", unit: "2C", locale: "es" })).toBe(
      "3.ª solicitud de HVAC para la unidad 2C desde mayo",
    );
    expect(
      callbackText({
        vendor: "ABC Plumbing",
        category: "HVAC",
        at: new Date("2026-11-12T15:00:00Z"),
        trackingNumber: 41,
        locale: "es",
      }),
    ).toMatch(/^ABC Plumbing vino por HVAC el 12 nov\.? 2026 \(n\.º 41\): puede ser una repetición\.$/);
  });
});
