import { describe, expect, it } from "vitest";
import { rankVendors, type Candidate } from "@/lib/work-orders/rank-vendors";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { english } from "@/tests/support/english";

const now = new Date("2026-11-24T15:00:00Z");
const later = new Date("2027-06-01T00:00:00Z");
const base: Candidate = {
  kind: "vendor",
  id: "",
  name: "",
  active: true,
  categoryRank: 1,
  insuranceExpiresAt: later,
  licenceExpiresAt: later,
  capacity: 5,
  openJobs: 1,
  bookedAtPropertyToday: false,
  medianResponseHours: null,
  completionRate: null,
  averageRating: null,
};
const v = (name: string, over: Partial<Candidate> = {}): Candidate => ({ ...base, id: name, name, ...over });
/** The suggestions with their reasons as an English reader sees them. */
const inEnglish = (args: Parameters<typeof rankVendors>[0]) =>
  rankVendors(args).map((s) => ({
    ...s,
    reasons: s.reasons.map((r) => english(r)),
    blocked: s.blocked && s.blocked.map((b) => english(b)).join("; "),
  }));
const order = (candidates: Candidate[]) =>
  rankVendors({ candidates, category: "Plumbing", property: "Oak Terrace", now }).map((s) => s.name);

describe("rankVendors", () => {
  it.each<[string, Candidate[], string[]]>([
    ["preferred beats backup", [v("Backup Co", { categoryRank: 2 }), v("Preferred Co")], ["Preferred Co", "Backup Co"]],
    [
      "backup beats a vendor not listed for the category",
      [v("Other Trade", { categoryRank: null }), v("Backup Co", { categoryRank: 2 })],
      ["Backup Co", "Other Trade"],
    ],
    [
      "expired insurance sinks below everyone",
      [
        v("Expired", { insuranceExpiresAt: new Date("2026-11-03T12:00:00Z") }),
        v("Other Trade", { categoryRank: null }),
      ],
      ["Other Trade", "Expired"],
    ],
    [
      "expired licence sinks below everyone",
      [v("No Licence", { licenceExpiresAt: new Date("2026-10-01T12:00:00Z") }), v("Backup Co", { categoryRank: 3 })],
      ["Backup Co", "No Licence"],
    ],
    [
      "full capacity sinks below spare capacity",
      [v("Full Co", { openJobs: 5 }), v("Backup Co", { categoryRank: 2, openJobs: 4 })],
      ["Backup Co", "Full Co"],
    ],
    [
      "booked at the same property today wins at the same rank, even with less spare capacity",
      [v("Free Co", { openJobs: 0 }), v("Nearby Co", { openJobs: 4, bookedAtPropertyToday: true })],
      ["Nearby Co", "Free Co"],
    ],
    [
      "but does not lift a backup over a preferred vendor",
      [v("Nearby Co", { categoryRank: 2, bookedAtPropertyToday: true }), v("Preferred Co")],
      ["Preferred Co", "Nearby Co"],
    ],
    [
      "performance breaks ties",
      [
        v("Slow Co", { medianResponseHours: 30, completionRate: 0.7, averageRating: 3.5 }),
        v("Fast Co", { medianResponseHours: 2, completionRate: 0.95, averageRating: 4.8 }),
      ],
      ["Fast Co", "Slow Co"],
    ],
    [
      "arriving on time breaks a tie",
      [v("Late Co", { onTimeRate: 0.4 }), v("Punctual Co", { onTimeRate: 0.95 })],
      ["Punctual Co", "Late Co"],
    ],
    [
      "fewer callbacks break a tie",
      [v("Callback Co", { callbackRate: 0.3 }), v("Right First Co", { callbackRate: 0 })],
      ["Right First Co", "Callback Co"],
    ],
    [
      "more spare capacity wins at the same rank",
      [v("Busy Co", { openJobs: 4 }), v("Free Co", { openJobs: 0 })],
      ["Free Co", "Busy Co"],
    ],
    [
      "technicians are included, after a preferred vendor and before an unlisted one",
      [
        v("Kai Turner", {
          kind: "technician",
          categoryRank: null,
          capacity: null,
          insuranceExpiresAt: null,
          licenceExpiresAt: null,
        }),
        v("Other Trade", { categoryRank: null }),
        v("Preferred Co"),
      ],
      ["Preferred Co", "Kai Turner", "Other Trade"],
    ],
  ])("%s", (_name, candidates, expected) => {
    expect(order(candidates)).toEqual(expected);
  });

  it("says why, marks the top suggestion and blocks with the expiry date", () => {
    const [top, nearby, blocked] = inEnglish({
      now,
      category: "Plumbing",
      property: "Oak Terrace",
      candidates: [
        v("ABC Plumbing", { insuranceExpiresAt: new Date("2026-11-03T12:00:00Z") }),
        v("Preferred Co", { openJobs: 2, medianResponseHours: 3.2, completionRate: 0.9, averageRating: 4.56 }),
        v("Nearby Co", { categoryRank: 2, openJobs: 5, capacity: 5, bookedAtPropertyToday: true }),
      ],
    });
    expect(top).toMatchObject({
      name: "Preferred Co",
      top: true,
      blocked: null,
      reasons: [
        "Preferred for Plumbing",
        "2 of 5 jobs open",
        "Responds in about 3 h (median)",
        "90% of jobs completed",
        "Rated 4.6/5",
      ],
    });
    const [scored] = inEnglish({
      now,
      category: "Plumbing",
      property: "Oak Terrace",
      candidates: [v("Scored Co", { onTimeRate: 0.8, callbackRate: 0.25 })],
    });
    expect(scored.reasons).toEqual(expect.arrayContaining(["On time 80% of visits", "25% of jobs called back"]));
    expect(nearby).toMatchObject({
      name: "Nearby Co",
      top: false,
      full: true,
      reasons: ["Backup for Plumbing", "Booked at Oak Terrace today", "Fully booked: 5 of 5 jobs open"],
    });
    expect(blocked).toMatchObject({ name: "ABC Plumbing", top: false, blocked: "Insurance expired on 3 Nov 2026" });
    expect(blocked.reasons[0]).toBe("Insurance expired on 3 Nov 2026");
  });

  it("blocks an inactive vendor, and marks no top when nothing is assignable", () => {
    const [only] = rankVendors({
      now,
      category: "Plumbing",
      property: "Oak Terrace",
      candidates: [v("Gone Co", { active: false })],
    });
    expect(only).toMatchObject({ top: false });
    expect(only.blocked?.map((b) => english(b))).toEqual(["Inactive"]);
  });

  it("words what blocks a vendor in the reader's language, dated for them", () => {
    const args = {
      now,
      category: "Plumbing",
      property: "Oak Terrace",
      timeZone: "America/New_York",
      candidates: [
        v("Lapsed Co", {
          insuranceExpiresAt: new Date("2026-11-03T12:00:00Z"),
          licenceExpiresAt: new Date("2026-10-01T12:00:00Z"),
        }),
      ],
    };
    const spanish = translator("es", es);
    const [lapsed] = rankVendors({ ...args, locale: "es" });
    expect(lapsed.blocked?.map((b) => spanish(b))).toEqual([
      "El seguro venció el 3 nov 2026",
      "La licencia venció el 1 oct 2026",
    ]);
    expect(lapsed.reasons.slice(0, 2).map((r) => spanish(r))).toEqual(lapsed.blocked?.map((b) => spanish(b)));
    const [inEn] = rankVendors(args);
    expect(inEn.blocked?.map((b) => english(b))).toEqual([
      "Insurance expired on 3 Nov 2026",
      "Licence expired on 1 Oct 2026",
    ]);
  });
});
