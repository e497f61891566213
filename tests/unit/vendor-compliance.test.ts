import { describe, expect, it } from "vitest";
import { noticeDue, noticeKey, noticesDue, paperFileProblem } from "@/lib/vendors/compliance-rules";
import { paperSchema } from "@/lib/vendors/paper-schema";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import {
  autoAssignBlock,
  blockedWarning,
  complianceProblems,
  lapseLines,
  lapses,
  vendorBlockedReason,
} from "@/lib/work-orders/vendor-compliance";
import { english } from "../support/english";

const now = new Date("2026-11-24T12:00:00Z");
const DAY = 86_400_000;
const inDays = (d: number) => new Date(now.getTime() + d * DAY);

describe("which notice a paper is due for", () => {
  it.each([
    ["nothing on file", null, null],
    ["90 days left", inDays(90), null],
    ["60 days and a second left", new Date(inDays(60).getTime() + 1000), null],
    ["exactly 60 days left", inDays(60), 60],
    ["45 days left (a late tick: still the 60-day one)", inDays(45), 60],
    ["30 days left", inDays(30), 30],
    ["20 days left, the 60-day one missed: only the nearest", inDays(20), 30],
    ["7 days left", inDays(7), 7],
    ["one hour left", new Date(now.getTime() + 3_600_000), 7],
    ["expiring this second", now, "expired"],
    ["expired a year ago", inDays(-365), "expired"],
  ] as const)("%s (the default 60, 30, 7)", (_name, at, expected) => {
    expect(noticeDue(at, now, [60, 30, 7])).toBe(expected);
  });

  it.each([
    // [the organisation's reminder days, days left, the notice due]
    [[45, 10], 46, null],
    [[45, 10], 45, 45],
    [[45, 10], 30, 45], // past the 45-day mark: still the 45-day one (sent once by its key)
    [[45, 10], 10, 10],
    [[45, 10], 0.5, 10],
    [[10, 45], 20, 45], // in any order
    [[90], 91, null],
    [[90], 89, 90],
    [[90], 7, 90], // one reminder only: no 7-day one
    [[14, 3, 1], 2, 3],
    [[14, 3, 1], 1, 1],
    [[365, 180, 30], 200, 365],
    [[45, 10], -1, "expired"],
  ] as const)("on the reminder days %j, %d days left: %s", (days, left, expected) => {
    expect(noticeDue(inDays(left), now, days)).toBe(expected);
  });

  it("lists one notice per paper, for each kind on its own, on each vendor's organisation's days", () => {
    const usual = { paperReminderDays: [60, 30, 7] };
    const vendors = [
      { id: "v1", insuranceExpiresAt: inDays(25), licenceExpiresAt: inDays(200), org: usual },
      { id: "v2", insuranceExpiresAt: inDays(-1), licenceExpiresAt: inDays(6), org: usual },
      { id: "v3", insuranceExpiresAt: null, licenceExpiresAt: null, org: usual },
      { id: "v4", insuranceExpiresAt: inDays(25), licenceExpiresAt: inDays(9), org: { paperReminderDays: [45, 10] } },
    ];
    expect(noticesDue(vendors, now).map((n) => [n.vendorId, n.kind, n.notice])).toEqual([
      ["v1", "INSURANCE", 30],
      ["v2", "INSURANCE", "expired"],
      ["v2", "LICENCE", 7],
      ["v4", "INSURANCE", 45],
      ["v4", "LICENCE", 10],
    ]);
  });

  it("keys a notice by vendor, paper, expiry date, threshold and recipient", () => {
    const key = noticeKey("v1", "INSURANCE", inDays(30), 30, "vendor:EMAIL");
    expect(key).toBe(`vendor:v1:papers:INSURANCE:${inDays(30).toISOString()}:30:vendor:EMAIL`);
    // A new paper with another date is a new series of reminders.
    expect(noticeKey("v1", "INSURANCE", inDays(400), 30, "vendor:EMAIL")).not.toBe(key);
    expect(noticeKey("v1", "LICENCE", inDays(30), 30, "vendor:EMAIL")).not.toBe(key);
  });
});

describe("why a vendor's links show a message instead of actions", () => {
  const ok = { active: true, insuranceExpiresAt: inDays(100), licenceExpiresAt: inDays(100) };
  it.each([
    ["nothing blocks", ok, null],
    [
      "no papers on file yet (not blocked, as for assignment)",
      { ...ok, insuranceExpiresAt: null, licenceExpiresAt: null },
      null,
    ],
    [
      "insurance expired",
      { ...ok, insuranceExpiresAt: new Date("2026-11-03T23:59:59Z") },
      "Your insurance expired on 3 Nov 2026; send new papers through your upload link or contact the office.",
    ],
    [
      "both expired",
      {
        ...ok,
        insuranceExpiresAt: new Date("2026-11-03T23:59:59Z"),
        licenceExpiresAt: new Date("2026-10-01T23:59:59Z"),
      },
      "Your insurance expired on 3 Nov 2026 and your licence expired on 1 Oct 2026; send new papers through your upload link or contact the office.",
    ],
    ["inactive", { ...ok, active: false }, "You are no longer on our list of active vendors; contact the office."],
  ] as const)("%s", (_name, v, expected) => {
    expect(vendorBlockedReason(v, now)).toBe(expected);
  });
});

describe("a paper's typed fields", () => {
  const parse = (input: Record<string, unknown>) =>
    paperSchema(now).safeParse({ kind: "INSURANCE", number: "POL-1", expiresAt: "2027-03-31", ...input });
  const error = (input: Record<string, unknown>) => {
    const r = parse(input);
    return r.success ? null : r.error.issues.map((i) => `${String(i.path[0])}: ${english(i.message)}`);
  };

  it("reads a date as valid through the end of that day", () => {
    const r = parse({ number: "  POL-1 " });
    expect(r.success && r.data).toEqual({
      kind: "INSURANCE",
      number: "POL-1",
      expiresAt: new Date("2027-03-31T23:59:59Z"),
    });
  });

  it.each([
    ["no number", { number: "  " }, "number: Enter the policy or licence number."],
    ["a long number", { number: "x".repeat(61) }, "number: Keep the number under 60 characters."],
    ["no date", { expiresAt: "" }, "expiresAt: Enter the expiry date, like 2027-03-31."],
    ["a date that does not exist", { expiresAt: "2027-02-30" }, "expiresAt: Enter a real date, like 2027-03-31."],
    [
      "a date already past",
      { expiresAt: "2026-11-23" },
      "expiresAt: This date has passed: upload the current paper, with its new expiry date.",
    ],
    ["a typo in the year", { expiresAt: "2207-03-31" }, "expiresAt: Check the year: that is more than 10 years away."],
    ["an unknown kind", { kind: "PASSPORT" }, "kind: Choose insurance or licence."],
  ])("refuses %s", (_name, input, expected) => {
    expect(error(input)).toEqual([expected]);
  });

  it.each([
    ["no file", null, "Choose the file: a PDF or a photo of the paper."],
    ["an empty file", { name: "a.pdf", size: 0 }, "Choose the file: a PDF or a photo of the paper."],
    ["a file over 10 MB", { name: "scan.pdf", size: 10 * 1024 * 1024 + 1 }, "scan.pdf is 11 MB; the limit is 10 MB."],
    ["a file of 10 MB", { name: "scan.pdf", size: 10 * 1024 * 1024 }, null],
  ])("file: %s", (_name, file, expected) => {
    const problem = paperFileProblem(file);
    expect(problem && english(problem)).toBe(expected);
  });
});

describe("one answer to 'may this vendor work now?'", () => {
  const cases = [
    { active: true, insuranceExpiresAt: inDays(10), licenceExpiresAt: null },
    { active: true, insuranceExpiresAt: inDays(-1), licenceExpiresAt: inDays(40) },
    { active: true, insuranceExpiresAt: inDays(5), licenceExpiresAt: now }, // expiring this instant counts
    { active: false, insuranceExpiresAt: inDays(100), licenceExpiresAt: inDays(100) },
    { active: true, insuranceExpiresAt: null, licenceExpiresAt: null },
  ];
  it.each(cases)("staff, vendor and auto-assignment agree: %j", (v) => {
    const blocked = complianceProblems(v, now).length > 0;
    expect(vendorBlockedReason(v, now) !== null).toBe(blocked);
    expect(autoAssignBlock({ ...v, capacity: 99 }, 0, now) !== null).toBe(blocked);
    expect(lapses(v, now).inactive || !!lapses(v, now).insurance || !!lapses(v, now).licence).toBe(blocked);
  });
});

describe("what blocks a vendor, for a staff reader in their language", () => {
  const spanish = translator("es", es);
  const papers = { active: true, insuranceExpiresAt: new Date("2026-11-03T12:00:00Z"), licenceExpiresAt: null };
  const both = { ...papers, licenceExpiresAt: new Date("2026-10-01T12:00:00Z") };
  const company = { company: "ABC Plumbing" };

  it.each([
    ["insurance lapsed", papers, ["Insurance expired on 3 Nov 2026"], ["El seguro venció el 3 nov 2026"]],
    [
      "both lapsed",
      both,
      ["Insurance expired on 3 Nov 2026", "Licence expired on 1 Oct 2026"],
      ["El seguro venció el 3 nov 2026", "La licencia venció el 1 oct 2026"],
    ],
    ["inactive, papers valid", { ...papers, active: false, insuranceExpiresAt: null }, ["Inactive"], ["Inactivo"]],
    ["nothing blocks", { ...papers, insuranceExpiresAt: null }, [], []],
  ])("%s", (_name, v, inEnglish, inSpanish) => {
    expect(lapseLines(v, now, "UTC").map((m) => english(m))).toEqual(inEnglish);
    expect(lapseLines(v, now, "UTC", "es").map((m) => spanish(m))).toEqual(inSpanish);
  });

  it("refuses an assignment in the reader's words, the stored facts staying English", () => {
    const en = blockedWarning({ ...company, ...both }, now, "UTC")!;
    expect(english(en)).toBe(
      "ABC Plumbing's insurance expired on 3 Nov 2026 and licence expired on 1 Oct 2026; assigning anyway needs an override.",
    );
    expect(spanish(blockedWarning({ ...company, ...papers }, now, "UTC", "es")!)).toBe(
      "ABC Plumbing: su seguro venció el 3 nov 2026; para asignarlo de todos modos hace falta una excepción.",
    );
    expect(english(blockedWarning({ ...company, ...papers }, now, "UTC")!)).toBe(
      "ABC Plumbing's insurance expired on 3 Nov 2026; assigning anyway needs an override.",
    );
    expect(blockedWarning({ ...company, ...papers, insuranceExpiresAt: null }, now)).toBeNull();
    expect(complianceProblems(both, now)).toEqual(["insurance expired on 3 Nov 2026", "licence expired on 1 Oct 2026"]);
  });
});
