// Repeats, vendors, tenants and costs on the known histories of tests/db/reports-fixture.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { costsReport } from "@/lib/reports/costs";
import { parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { repeatsReport, SAME_UNIT_LIMIT } from "@/lib/reports/repeats";
import { reportScope } from "@/lib/reports/scope";
import { tenantsReport } from "@/lib/reports/tenants";
import type { ReportScope } from "@/lib/reports/types";
import { vendorsReport } from "@/lib/reports/vendors";
import { db } from "@/lib/db/client";
import { buildFixture, NOW, TZ, type Fixture } from "./reports-fixture";

let fx: Fixture;
let march: ReportFilters;
let scope: ReportScope;
beforeAll(async () => {
  fx = await buildFixture();
  march = parseReportFilters({ period: "custom", from: "2026-03-01", to: "2026-03-31" }, NOW, TZ);
  scope = await reportScope(fx.manager, NOW);
});

describe("repeatsReport", () => {
  it("finds the same unit and category twice, leaving the cancelled duplicate out", async () => {
    const r = await repeatsReport(scope, march, NOW);
    expect(r.sameUnit.map((x) => [x.unit, x.category, x.count, x.trackingNumbers])).toEqual([
      ["1A", "Plumbing", 2, [fx.wo.A.trackingNumber, fx.wo.E.trackingNumber]],
      ["1B", "HVAC", 2, [fx.wo.B.trackingNumber, fx.wo.F.trackingNumber]],
    ]);
    expect(r.sameUnit[0]).toMatchObject({ propertyId: fx.p1.id, unitId: fx.u1a.id, categoryId: fx.plumbing.id });
  });

  it("flags a category asked three times from two units of a property, against the period before", async () => {
    const r = await repeatsReport(scope, march, NOW);
    expect(r.spikes.map((s) => [s.category, s.count, s.units, s.previousCount, s.rising])).toEqual([
      ["HVAC", 3, 2, 0, true],
      ["Plumbing", 3, 2, 1, true], // February's X was the one before
    ]);
  });

  it("lists callbacks: reopened work and a new request within 30 days of a completion", async () => {
    const r = await repeatsReport(scope, march, NOW);
    const { A, B, C, E, F, X } = fx.wo;
    expect(r.callbacks.map((c) => [c.kind, c.trackingNumber, c.followUpTrackingNumber, c.at])).toEqual([
      ["NEW_REQUEST", B.trackingNumber, F.trackingNumber, "2026-03-20T14:00:00.000Z"],
      ["NEW_REQUEST", X.trackingNumber, E.trackingNumber, "2026-03-20T13:00:00.000Z"], // 29.6 days after X
      ["NEW_REQUEST", A.trackingNumber, E.trackingNumber, "2026-03-20T13:00:00.000Z"],
      ["REOPENED", C.trackingNumber, null, "2026-03-09T17:30:00.000Z"],
      ["NEW_REQUEST", X.trackingNumber, A.trackingNumber, "2026-03-02T14:00:00.000Z"],
    ]);
    expect(r.callbacks[0]).toMatchObject({ vendorId: fx.v2.id, technicianId: null });
  });

  it("shows an owner none of another property's repeats", async () => {
    const r = await repeatsReport(await reportScope(fx.owner2, NOW), march, NOW);
    expect(r).toEqual({ sameUnit: [], sameUnitTotal: 0, spikes: [], callbacks: [], callbackWindowDays: 30 });
  });

  it(`lists the ${SAME_UNIT_LIMIT} units with the most repeats, and counts them all`, async () => {
    // September 2025, away from the fixture's months: 501 units asked twice about plumbing, the last
    // one three times, and one asked once (not a repeat).
    const units = Array.from({ length: SAME_UNIT_LIMIT + 2 }, (_, i) => `S${String(i).padStart(3, "0")}`);
    await db().unit.createMany({ data: units.map((label) => ({ propertyId: fx.p1.id, label })) });
    const ids = new Map(
      (await db().unit.findMany({ where: { label: { in: units } } })).map((u) => [u.label, u.id] as const),
    );
    const asks = units.flatMap((label, i) => {
      const times = i === SAME_UNIT_LIMIT + 1 ? 1 : i === SAME_UNIT_LIMIT ? 3 : 2;
      return Array.from({ length: times }, (_, k) => ({
        orgId: fx.org.id,
        propertyId: fx.p1.id,
        unitId: ids.get(label)!,
        categoryId: fx.plumbing.id,
        tenantSeverity: "ROUTINE" as const,
        priority: "ROUTINE" as const,
        description: `Drain ${label} ${k}`,
        createdAt: new Date(Date.UTC(2025, 8, 2 + k, 14, i % 60)),
      }));
    });
    await db().workOrder.createMany({ data: asks });
    const september = parseReportFilters({ period: "custom", from: "2025-09-01", to: "2025-09-30" }, NOW, TZ);
    const r = await repeatsReport(scope, september, NOW);
    expect(r.sameUnitTotal).toBe(SAME_UNIT_LIMIT + 1);
    expect(r.sameUnit).toHaveLength(SAME_UNIT_LIMIT);
    // The most asked first, then by unit: the last twice-asked unit is the one left out.
    expect(r.sameUnit.map((x) => [x.unit, x.count])).toEqual([
      [units[SAME_UNIT_LIMIT], 3],
      ...units.slice(0, SAME_UNIT_LIMIT - 1).map((u) => [u, 2]),
    ]);
    const first = await db().workOrder.findMany({
      where: { unitId: ids.get(units[SAME_UNIT_LIMIT]) },
      orderBy: { createdAt: "asc" },
    });
    expect(r.sameUnit[0].trackingNumbers).toEqual(first.map((w) => w.trackingNumber));
  });
});

describe("the organisation's callback window", () => {
  /** The reports as the manager sees them with the organisation's window set to `days`. */
  async function withWindow(days: number) {
    await db().organization.update({ where: { id: fx.org.id }, data: { callbackWindowDays: days } });
    try {
      const s = await reportScope(fx.manager, NOW);
      return { repeats: await repeatsReport(s, march, NOW), vendors: await vendorsReport(s, march, NOW) };
    } finally {
      await db().organization.update({ where: { id: fx.org.id }, data: { callbackWindowDays: 30 } });
    }
  }
  const followUps = (r: Awaited<ReturnType<typeof withWindow>>) =>
    r.repeats.callbacks.map((c) => [c.kind, c.trackingNumber, c.followUpTrackingNumber]);

  it("at 10 days leaves out the new requests of day 11 and 12 after a completion, and all later ones", async () => {
    const r = await withWindow(10);
    const { C } = fx.wo;
    expect(followUps(r)).toEqual([["REOPENED", C.trackingNumber, null]]); // a reopen counts whatever the window
    expect(r.repeats.callbackWindowDays).toBe(10);
    expect(r.vendors.callbackWindowDays).toBe(10);
    // V2's B, asked again by F 11.1 days after its completion: now a first-time fix.
    expect(r.vendors.rows.find((x) => x.vendorId === fx.v2.id)?.firstTimeFixRate).toBe(1);
  });

  it("at 12 days keeps those of day 11 and 12 and leaves out day 17 and 30", async () => {
    const r = await withWindow(12);
    const { A, B, C, F, X } = fx.wo;
    expect(followUps(r)).toEqual([
      ["NEW_REQUEST", B.trackingNumber, F.trackingNumber], // 11.1 days after B's completion
      ["REOPENED", C.trackingNumber, null],
      ["NEW_REQUEST", X.trackingNumber, A.trackingNumber], // 11.7 days after X's
    ]);
    // V1's A, asked again by E 16.7 days after: a first-time fix now (C, reopened, still is not).
    expect(r.vendors.rows.find((x) => x.vendorId === fx.v1.id)?.firstTimeFixRate).toBe(0.5);
    expect(r.vendors.rows.find((x) => x.vendorId === fx.v2.id)?.firstTimeFixRate).toBe(0.5);
  });
});

describe("vendorsReport", () => {
  it("compares vendors and technicians, counting declined and lost jobs", async () => {
    const r = await vendorsReport(scope, march, NOW);
    expect(r.rows.map((x) => x.name)).toEqual(["V1 Plumbing", "V2 Air", "rep-tech"]);
    expect(r.rows[0]).toEqual({
      kind: "VENDOR",
      id: fx.v1.id,
      vendorId: fx.v1.id,
      technicianId: null,
      name: "V1 Plumbing",
      jobs: 2,
      declined: 1, // gave B back
      lost: 1, // F went to V2
      medianResponseHours: 1,
      onTimeRate: 1,
      medianCompletionHours: 28,
      firstTimeFixRate: 0, // A called back by E, C reopened
      averageRating: 3.5,
      ratings: 2,
      totalCostCents: 50000,
      averageCostCents: 25000,
      overEstimateCents: 2000,
      estimatedJobs: 1,
    });
    expect(r.rows[1]).toMatchObject({
      jobs: 2,
      declined: 0,
      lost: 0,
      medianResponseHours: 2,
      onTimeRate: 0.5, // B arrived an hour after its window
      medianCompletionHours: 115.5,
      firstTimeFixRate: 0.5, // B called back by F
      averageRating: null,
      totalCostCents: 25000,
      averageCostCents: 12500,
    });
    expect(r.rows[2]).toMatchObject({ kind: "TECHNICIAN", technicianId: fx.tech.id, jobs: 1, firstTimeFixRate: null });
  });

  it("keeps a vendor's declined and lost jobs under the vendor filter", async () => {
    const r = await vendorsReport(scope, { ...march, vendorId: fx.v1.id }, NOW);
    expect(r.rows.map((x) => [x.name, x.jobs, x.declined, x.lost])).toEqual([["V1 Plumbing", 2, 1, 1]]);
  });
});

describe("tenantsReport", () => {
  it("rates closed work and counts self-help against the tips shown", async () => {
    const r = await tenantsReport(scope, march, NOW);
    expect(r).toEqual({
      closed: 3, // A, C and February's X, closed in March
      rated: 2,
      responseRate: 2 / 3,
      averageRating: 3.5,
      distribution: [0, 1, 0, 0, 1],
      // One fix at P1 in March; tips were also shown for A, C, E and Z (Plumbing has tips).
      selfHelp: { tipsShown: 5, fixed: 1, deflectionRate: 0.2 },
    });
    const owner = await tenantsReport(await reportScope(fx.owner2, NOW), march, NOW);
    expect(owner).toMatchObject({ closed: 0, responseRate: null, selfHelp: { tipsShown: 2, fixed: 1 } });
  });
});

describe("costsReport", () => {
  it("adds up the spend on work completed in the period, by group and month", async () => {
    const r = await costsReport(scope, march, NOW);
    const cents = (dimension: string, key: string | null) =>
      r.spend.find((s) => s.dimension === dimension && s.key === key)?.cents;
    expect(r.spend.find((s) => s.dimension === "overall")).toMatchObject({ jobs: 4, costed: 4, cents: 75000 });
    expect(cents("category", fx.plumbing.id)).toBe(50000);
    expect(cents("category", fx.hvac.id)).toBe(25000);
    expect(cents("vendor", fx.v1.id)).toBe(50000);
    expect(cents("property", fx.p1.id)).toBe(75000);
    expect(r.months).toEqual([{ month: "2026-03", jobs: 4, cents: 75000 }]);
  });

  it("times the owner's approval and sets actual against the approved estimate", async () => {
    const r = await costsReport(scope, march, NOW);
    expect(r.approvals).toEqual({ decided: 1, medianHours: 5, p90Hours: 5, deemed: 0, pending: 0 });
    expect(r.estimateVsActual).toEqual({ jobs: 1, estimateCents: 18000, actualCents: 20000, deltaCents: 2000 });
    const owner = await costsReport(await reportScope(fx.owner2, NOW), march, NOW);
    expect(owner.months).toEqual([{ month: "2026-03", jobs: 1, cents: 7000 }]);
  });
});
