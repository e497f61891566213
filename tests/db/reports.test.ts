// Reports on known histories (tests/db/reports-fixture.ts): exact medians, p90s, hit rates and
// trend buckets, across the March DST change, a holiday and a reopen; and who may see what.
import { beforeAll, describe, expect, it } from "vitest";
import { parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { reportScope } from "@/lib/reports/scope";
import { slaReport } from "@/lib/reports/sla";
import { speedReport } from "@/lib/reports/speed";
import { volumeReport } from "@/lib/reports/volume";
import type { ReportScope, SpeedRow } from "@/lib/reports/types";
import { buildFixture, NOW, TZ, type Fixture } from "./reports-fixture";

let fx: Fixture;
let march: ReportFilters;
let scope: ReportScope;
beforeAll(async () => {
  fx = await buildFixture();
  march = parseReportFilters({ period: "custom", from: "2026-03-01", to: "2026-03-31" }, NOW, TZ);
  scope = await reportScope(fx.manager, NOW);
});

const row = (rows: SpeedRow[], dimension: string, key: string | null) =>
  rows.find((r) => r.dimension === dimension && r.key === key)!;

describe("reportScope", () => {
  it("gives a manager their properties, an owner theirs, an admin the organisation's", async () => {
    expect(scope).toEqual({ orgId: fx.org.id, propertyIds: [fx.p1.id], timeZone: TZ, callbackWindowDays: 30 });
    expect((await reportScope(fx.owner2, NOW)).propertyIds).toEqual([fx.p2.id]);
    expect((await reportScope(fx.owner1, NOW)).propertyIds).toEqual([fx.p1.id]);
    expect((await reportScope(fx.admin, NOW)).propertyIds.sort()).toEqual([fx.p1.id, fx.p2.id].sort());
    // A property of another organisation named in the actor's list is dropped.
    expect((await reportScope(fx.sneakyManager, NOW)).propertyIds).toEqual([fx.p1.id]);
  });

  it("refuses tenants and technicians", async () => {
    await expect(reportScope(fx.tenant, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reportScope(fx.technician, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("speedReport", () => {
  it("measures each clock over the work orders created in the period", async () => {
    const r = await speedReport(scope, march, NOW);
    const all = row(r.rows, "overall", null);
    expect(all.workOrders).toBe(7); // A B C D E F Z: not February's X, not P2's G, not the other org's H
    expect(all.firstResponse).toEqual({ count: 5, medianHours: 3, p90Hours: 6, meanHours: 3.6 });
    expect(all.schedule).toEqual({ count: 4, medianHours: 17, p90Hours: 24, meanHours: 16.5 });
    // B's 48 hours run across the DST change (07:00 EST Saturday to 08:00 EDT Monday): still 48.
    expect(all.complete).toMatchObject({ count: 4, medianHours: 41, meanHours: 76 });
    expect(all.complete.p90Hours).toBeCloseTo(148.8, 9);
    // C was reopened: its clock stops at the second completion (34 h), and it closed at 40 h.
    expect(all.close).toMatchObject({ count: 2, medianHours: 45, meanHours: 45 });
    expect(all.close.p90Hours).toBeCloseTo(49, 9);
    expect(r.speedOfRepair).toEqual({ completed: 4, meanDays: 76 / 24, medianDays: 41 / 24 });
  });

  it("groups by category, priority, vendor and property with the keys the queue filters on", async () => {
    const r = await speedReport(scope, march, NOW);
    expect(row(r.rows, "category", fx.plumbing.id)).toMatchObject({ label: "Plumbing", workOrders: 4 });
    expect(row(r.rows, "category", fx.plumbing.id).complete).toMatchObject({ count: 2, medianHours: 32 });
    expect(row(r.rows, "category", fx.hvac.id).complete).toMatchObject({ count: 2, medianHours: 120 });
    expect(row(r.rows, "priority", "EMERGENCY").firstResponse.medianHours).toBe(6);
    expect(row(r.rows, "vendor", fx.v1.id)).toMatchObject({ label: "V1 Plumbing", workOrders: 2 });
    expect(row(r.rows, "vendor", null)).toMatchObject({ label: "No vendor", workOrders: 3 });
    expect(row(r.rows, "property", fx.p1.id).workOrders).toBe(7);
    expect(r.rows.filter((x) => x.dimension === "property")).toHaveLength(1);
  });

  it("cuts the weekly trend in the organisation's time zone", async () => {
    const r = await speedReport(scope, march, NOW);
    expect(r.trendUnit).toBe("week");
    // C was created 03:30 UTC on Monday 9 March: still Sunday in New York, so the week of 2 March.
    expect(r.trend.map((t) => [t.bucket, t.workOrders])).toEqual([
      ["2026-02-23", 0],
      ["2026-03-02", 3],
      ["2026-03-09", 0],
      ["2026-03-16", 3],
      ["2026-03-23", 1],
      ["2026-03-30", 0],
    ]);
    expect(r.trend[1]).toMatchObject({ completed: 3, completeMedianHours: 34, firstResponseMedianHours: 6 });
  });

  it("shows an owner and an admin their own properties only", async () => {
    const owner = await speedReport(await reportScope(fx.owner2, NOW), march, NOW);
    expect(row(owner.rows, "overall", null).workOrders).toBe(1);
    expect(row(owner.rows, "overall", null).complete.medianHours).toBe(30);
    const admin = await speedReport(await reportScope(fx.admin, NOW), march, NOW);
    expect(row(admin.rows, "overall", null).workOrders).toBe(8);
    const sneaky = await speedReport(await reportScope(fx.sneakyManager, NOW), march, NOW);
    expect(row(sneaky.rows, "overall", null).workOrders).toBe(7);
  });

  it("finds nothing for a property filter outside the scope", async () => {
    const f = { ...march, propertyId: fx.p2.id };
    const r = await speedReport(scope, f, NOW);
    expect(row(r.rows, "overall", null).workOrders).toBe(0);
    const other = await speedReport(scope, { ...march, propertyId: fx.p3.id }, NOW);
    expect(row(other.rows, "overall", null).workOrders).toBe(0);
  });

  it("applies the category, priority and vendor filters", async () => {
    const r = await speedReport(
      scope,
      { ...march, categoryId: fx.hvac.id, priority: "ROUTINE", vendorId: fx.v2.id },
      NOW,
    );
    expect(row(r.rows, "overall", null)).toMatchObject({ workOrders: 2 });
    expect(row(r.rows, "overall", null).complete.medianHours).toBe(120);
  });
});

describe("slaReport", () => {
  it("counts hits and misses against the stored due times, skipping what is not yet due", async () => {
    const r = await slaReport(scope, march, NOW);
    const all = r.rows.find((x) => x.dimension === "overall")!;
    // Response: A B D F on time; C 2 h late; E never answered and past due. Z cancelled: left out.
    expect(all.response).toEqual({ hits: 4, misses: 2, rate: 4 / 6 });
    // Resolution: A B F in time (F only thanks to the 23 March holiday); C and E missed; D not yet due.
    expect(all.resolution).toEqual({ hits: 3, misses: 2, rate: 3 / 5 });
    const v1 = r.rows.find((x) => x.dimension === "vendor" && x.key === fx.v1.id)!;
    expect(v1.response).toEqual({ hits: 1, misses: 1, rate: 0.5 });
    const low = r.rows.find((x) => x.dimension === "priority" && x.key === "LOW")!;
    expect(low.resolution).toEqual({ hits: 0, misses: 0, rate: null });
  });

  it("lists the breaches newest due first, with how late", async () => {
    const r = await slaReport(scope, march, NOW);
    expect(r.breachCount).toBe(4);
    expect(r.breaches.map((b) => [b.trackingNumber, b.missed, b.hoursLate, b.metAt === null])).toEqual([
      [fx.wo.E.trackingNumber, "RESOLUTION", 47, true], // due 30 Mar 13:00Z (holiday-shifted), unmet at 1 Apr 12:00Z
      [fx.wo.E.trackingNumber, "RESPONSE", 167, true], // due 25 Mar 13:00Z
      [fx.wo.C.trackingNumber, "RESOLUTION", 10, false],
      [fx.wo.C.trackingNumber, "RESPONSE", 2, false],
    ]);
    expect(r.breaches[0].dueAt).toBe("2026-03-30T13:00:00.000Z");
  });

  it("gives the owner of another property none of these", async () => {
    const r = await slaReport(await reportScope(fx.owner2, NOW), march, NOW);
    expect(r.rows.find((x) => x.dimension === "overall")!.response).toEqual({ hits: 1, misses: 0, rate: 1 });
    expect(r.breachCount).toBe(0);
  });
});

describe("volumeReport", () => {
  it("counts requests in (created) and out (completed) per local week", async () => {
    const r = await volumeReport(scope, march, NOW);
    expect(r.throughput).toEqual([
      { week: "2026-02-23", created: 0, completed: 0 },
      { week: "2026-03-02", created: 3, completed: 1 },
      { week: "2026-03-09", created: 0, completed: 2 },
      { week: "2026-03-16", created: 3, completed: 0 },
      { week: "2026-03-23", created: 1, completed: 1 },
      { week: "2026-03-30", created: 0, completed: 0 },
    ]);
  });

  it("buckets the open backlog by whole days of age at now", async () => {
    const r = await volumeReport(scope, march, NOW);
    // D: 15 days 23 hours old (15–30); E: 11 days 23 hours (8–14). Completed B and F are not backlog.
    expect(r.backlog.map((b) => [b.bucket, b.count])).toEqual([
      ["0-2", 0],
      ["3-7", 0],
      ["8-14", 1],
      ["15-30", 1],
      ["30+", 0],
    ]);
    expect(r.backlogTotal).toBe(2);
    // Fifteen days later D is 30 days 23 hours old (still 15–30), E 26 days; a day more and D is 30+.
    const day = 86_400_000;
    const later = await volumeReport(scope, march, new Date(NOW.getTime() + 15 * day));
    expect(later.backlog.map((b) => b.count)).toEqual([0, 0, 0, 2, 0]);
    const after = await volumeReport(scope, march, new Date(NOW.getTime() + 16 * day));
    expect(after.backlog.map((b) => b.count)).toEqual([0, 0, 0, 1, 1]);
  });

  it("measures each stay in a stage, a reopen giving a second stay", async () => {
    const r = await volumeReport(scope, march, NOW);
    const s = Object.fromEntries(r.stages.map((x) => [x.stage, x]));
    // NEW: A 2, B 1 and 3 (declined back to NEW), C 6, D 1, F 2, Z 24.
    expect(s.NEW).toMatchObject({ stays: 7, medianHours: 2, current: 1 });
    expect(s.NEW.p90Hours).toBeCloseTo(13.2, 9);
    // ASSIGNED: A 8, B 2 and 18, C 2 and 20 (after the reopen), F 22 (V1 to V2 is one stay).
    expect(s.ASSIGNED).toMatchObject({ stays: 6, medianHours: 13, current: 1 });
    expect(s.ASSIGNED.p90Hours).toBeCloseTo(21, 9);
    expect(s.SCHEDULED).toMatchObject({ stays: 4, medianHours: 22, current: 0 });
    expect(s.SCHEDULED.p90Hours).toBeCloseTo(124.8, 9);
    // COMPLETED: A 20; C 2 (then reopened) and 6.
    expect(s.COMPLETED).toMatchObject({ stays: 3, medianHours: 6, current: 2 });
    expect(s.COMPLETED.p90Hours).toBeCloseTo(17.2, 9);
  });

  it("adds up time on hold by reason, an unreleased hold running to now", async () => {
    const r = await volumeReport(scope, march, NOW);
    expect(r.holds).toEqual([
      { reason: "WAITING_FOR_PARTS", holds: 1, open: 1, totalHours: 287, medianHours: 287 },
      { reason: "NO_ACCESS", holds: 1, open: 0, totalHours: 4, medianHours: 4 },
    ]);
  });
});
