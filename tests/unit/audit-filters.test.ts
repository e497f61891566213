// The audit log's filters and words: what a query string selects (anything unknown ignored), the
// instants a day range covers in the organisation's zone, and how recorded values read.
import { describe, expect, it } from "vitest";
import { auditQuery, auditRange, fieldWords, parseAuditFilters, valueWords } from "@/lib/audit/filters";

describe("parseAuditFilters", () => {
  it.each([
    [{}, {}],
    [{ entity: "Vendor" }, { entity: "Vendor" }],
    [{ entity: "WorkOrder" }, {}], // not an audited kind
    [{ entity: "__proto__" }, {}],
    [{ entity: "toString" }, {}],
    [{ actor: "system" }, { actor: "system" }],
    [{ actor: "cmabc123" }, { actor: "cmabc123" }],
    [{ actor: "x'; drop" }, {}],
    [
      { from: "2026-11-05", to: "2026-11-09" },
      { from: "2026-11-05", to: "2026-11-09" },
    ],
    [
      { from: "2026-11-09", to: "2026-11-05" },
      { from: "2026-11-05", to: "2026-11-09" },
    ], // swapped back
    [{ from: "2026-13-40" }, {}],
    [{ from: "yesterday" }, {}],
    [{ before: "-1" }, {}],
    [{ before: "12345678901234567890" }, {}], // past a bigint id's range
    [{ entity: ["Unit", "Vendor"] }, { entity: "Unit" }],
  ])("%j → %j", (params, want) => {
    expect(parseAuditFilters(params)).toEqual(want);
  });

  it("reads the page cursor as a bigint id", () => {
    expect(parseAuditFilters({ before: "1234" })).toEqual({ before: 1234n });
  });
});

describe("auditRange", () => {
  it.each([
    // New York in winter (UTC-5) and summer (UTC-4); the last day is included whole.
    ["America/New_York", "2026-11-05", "2026-11-05", "2026-11-05T05:00:00.000Z", "2026-11-06T05:00:00.000Z"],
    ["America/New_York", "2026-07-01", "2026-07-31", "2026-07-01T04:00:00.000Z", "2026-08-01T04:00:00.000Z"],
    // Across the spring change: from EST midnight to EDT midnight.
    ["America/New_York", "2027-03-13", "2027-03-14", "2027-03-13T05:00:00.000Z", "2027-03-15T04:00:00.000Z"],
    ["UTC", "2026-12-31", "2026-12-31", "2026-12-31T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
  ])("%s %s to %s", (zone, from, to, wantFrom, wantTo) => {
    const r = auditRange({ from, to }, zone);
    expect([r.from?.toISOString(), r.to?.toISOString()]).toEqual([wantFrom, wantTo]);
  });

  it("no days, no bounds", () => {
    expect(auditRange({}, "America/New_York")).toEqual({ from: undefined, to: undefined });
  });
});

describe("words", () => {
  it.each([
    ["contactName", "contact name"],
    ["gateCodeEnc", "gate code"],
    ["managerApprovalLimitCents", "manager approval limit (cents)"],
    ["insuranceExpiresAt", "insurance expires at"],
    ["slaAtRiskPercent", "sla at risk percent"],
  ])("field %s → %s", (field, words) => expect(fieldWords(field)).toBe(words));

  it.each([
    [null, "(none)"],
    ["", "(none)"],
    [[], "(none)"],
    ["[hidden]", "[hidden]"],
    [5, "5"],
    [false, "false"],
    [[60, 30, 7], "60, 30, 7"],
    [{ a: 1 }, '{"a":1}'],
    ["2027-12-06T23:59:59.999", "Dec 6, 2027, 6:59 PM"], // UTC as recorded, shown in New York
    ["2027-07-01T12:00:00", "Jul 1, 2027, 8:00 AM"],
    ["2027-07-01", "2027-07-01"], // a date column stays a date
  ])("value %j → %s", (v, words) => expect(valueWords(v, "America/New_York")).toBe(words));

  it("the query string keeps the filters and adds the page", () => {
    expect(auditQuery({ entity: "Unit", actor: "system", from: "2026-11-01" }, { before: "99" })).toBe(
      "?entity=Unit&actor=system&from=2026-11-01&before=99",
    );
    expect(auditQuery({})).toBe("");
  });
});
