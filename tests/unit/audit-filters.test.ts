// The audit log's filters and words: what a query string selects (anything unknown ignored), the
// instants a day range covers in the organisation's zone, and how recorded values read.
import { describe, expect, it } from "vitest";
import { AUDIT_ENTITIES, auditQuery, auditRange, fieldWords, parseAuditFilters, valueWords } from "@/lib/audit/filters";
import { Prisma } from "@/lib/db/generated/browser";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";

const tEn = translator("en", en) as (m: string) => string;
const tEs = translator("es", es) as (m: string) => string;
/** The columns the audit triggers do not record (prisma/migrations/…_audit_log). */
const UNRECORDED = ["id", "orgId", "createdAt", "updatedAt", "emailVerified"];

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
    ["contactName", "contact name", "nombre de contacto"],
    ["gateCodeEnc", "gate code", "código del portón"],
    [
      "managerApprovalLimitCents",
      "manager approval limit (cents)",
      "límite de aprobación del administrador (centavos)",
    ],
    ["insuranceExpiresAt", "insurance expires", "vencimiento del seguro"],
    ["slaAtRiskPercent", "SLA at risk (% of the target)", "SLA en riesgo (% del objetivo)"],
  ])("field %s → %s / %s", (field, english, spanish) => {
    expect(tEn(fieldWords(field))).toBe(english);
    expect(tEs(fieldWords(field))).toBe(spanish);
  });

  it("a column added since is still named, in words made from it", () => {
    expect(fieldWords("gutterCleaningCents")).toBe("gutter cleaning (cents)");
    expect(fieldWords("nextInspectionAt")).toBe("next inspection at");
  });

  // Spanish staff read the audit log too (issue 18): every column the triggers record has words in
  // both languages. The triggers leave out id, orgId, createdAt, updatedAt and emailVerified.
  it.each(Object.keys(AUDIT_ENTITIES))("every recorded column of %s has words", (entity) => {
    const columns = Object.keys((Prisma as unknown as Record<string, object>)[`${entity}ScalarFieldEnum`]);
    expect(columns.length).toBeGreaterThan(1);
    for (const column of columns.filter((c) => !UNRECORDED.includes(c))) {
      expect(fieldWords(column), `${entity}.${column}`).toBe(`audit.field.${column.replace(/Enc$/, "")}`);
    }
  });

  it.each([
    [null, "(none)"],
    ["", "(none)"],
    [[], "(none)"],
    ["[hidden]", "[hidden]"],
    [5, "5"],
    [false, "no"],
    [true, "yes"],
    [[60, 30, 7], "60, 30, 7"],
    [{ a: 1 }, '{"a":1}'],
    ["2027-12-06T23:59:59.999", "Dec 6, 2027, 6:59 PM"], // UTC as recorded, shown in New York
    ["2027-07-01T12:00:00", "Jul 1, 2027, 8:00 AM"],
    ["2027-07-01", "2027-07-01"], // a date column stays a date
  ])("value %j → %s", (v, words) => expect(valueWords(v, "America/New_York")).toBe(words));

  it("says yes, no and none in the reader's words", () => {
    const es = { none: "(vacío)", yes: "sí", no: "no", locale: "es" };
    expect([true, false, null, [true, false]].map((v) => valueWords(v, "America/New_York", es))).toEqual([
      "sí",
      "no",
      "(vacío)",
      "sí, no",
    ]);
  });

  it("the query string keeps the filters and adds the page", () => {
    expect(auditQuery({ entity: "Unit", actor: "system", from: "2026-11-01" }, { before: "99" })).toBe(
      "?entity=Unit&actor=system&from=2026-11-01&before=99",
    );
    expect(auditQuery({})).toBe("");
  });
});
