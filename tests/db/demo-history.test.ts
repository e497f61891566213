// The demo portal's year of history (issue 17 §7), read back through the reports as a manager would:
// the slow vendor, the seasons, the slower property and the repeat-issue unit are there to find, the
// SLA clocks were set by the real SLA module, and every history work order's events tell the same
// story as its columns. Seeded at a fixed `now`, so the wall clock plays no part.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { repeatsReport } from "@/lib/reports/repeats";
import { reportScope } from "@/lib/reports/scope";
import { slaReport } from "@/lib/reports/sla";
import { speedReport } from "@/lib/reports/speed";
import { tenantsReport } from "@/lib/reports/tenants";
import type { ReportScope } from "@/lib/reports/types";
import { vendorsReport } from "@/lib/reports/vendors";
import { costsReport } from "@/lib/reports/costs";
import { DEFAULT_TIMINGS } from "@/lib/timings";
import { computeDueTimes, DEFAULT_SLA } from "@/lib/work-orders/sla";
import { TRANSITIONS } from "@/lib/work-orders/transitions";
import { QUIET_DAYS } from "@/prisma/demo-history";
import { SLOW_VENDOR } from "@/prisma/demo-history-text";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const NOW = new Date("2026-12-31T17:00:00Z"); // the 365-day period is calendar 2026 in New York
const TZ = "America/New_York";
const DEMO_ROWS = 60; // the current demo's work orders, written first

let scope: ReportScope;
let year: ReportFilters;
beforeAll(async () => {
  const t0 = Date.now();
  expect(await seedDemo(db(), NOW, { history: true })).toBe(true);
  console.log(`seeded the demo with a year of history in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  scope = await reportScope(await actorFor("admin@fixwell.example"), NOW);
  year = parseReportFilters({ period: "365" }, NOW, TZ);
}, 120_000);

describe("the demo's year of history", () => {
  it("holds a year of work, all of it finished, after the current demo rows", async () => {
    const speed = await speedReport(scope, year, NOW);
    const overall = speed.rows.find((r) => r.dimension === "overall")!;
    expect(overall.workOrders).toBeGreaterThanOrEqual(400);
    expect(overall.workOrders).toBeLessThanOrEqual(800);
    const history = await db().workOrder.findMany({ where: { trackingNumber: { gt: DEMO_ROWS } } });
    expect(history.length).toBeGreaterThanOrEqual(400);
    expect(new Set(history.map((w) => w.status))).toEqual(new Set(["CLOSED", "CANCELLED"]));
    const quiet = NOW.getTime() - QUIET_DAYS * 86_400_000;
    expect(Math.max(...history.map((w) => w.createdAt.getTime()))).toBeLessThan(quiet);
    expect(Math.min(...history.map((w) => w.createdAt.getTime()))).toBeGreaterThanOrEqual(
      NOW.getTime() - 366 * 86_400_000,
    );
    // Tracking numbers follow the calendar within the history; the open queue is the current demo's alone.
    const byNumber = [...history].sort((a, b) => a.trackingNumber - b.trackingNumber);
    expect(byNumber.map((w) => w.createdAt.getTime())).toEqual(
      history.map((w) => w.createdAt.getTime()).sort((a, b) => a - b),
    );
    const open = await db().workOrder.findMany({
      where: { status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] } },
    });
    expect(open.length).toBe(32);
    expect(open.every((w) => w.trackingNumber <= DEMO_ROWS)).toBe(true);
    expect(
      await db().workOrder.count({ where: { holdReason: { not: null }, trackingNumber: { gt: DEMO_ROWS } } }),
    ).toBe(0);
  });

  it("shows the slow vendor: the worst median completion, the lowest first-time fix and rating", async () => {
    const { rows } = await vendorsReport(scope, year, NOW);
    const vendors = rows.filter((r) => r.kind === "VENDOR" && r.jobs >= 20);
    expect(vendors.length).toBe(6);
    const slow = vendors.find((v) => v.name === SLOW_VENDOR)!;
    const others = vendors.filter((v) => v !== slow);
    const worst = (k: "medianCompletionHours" | "firstTimeFixRate" | "averageRating" | "onTimeRate") =>
      others.map((v) => v[k]!);
    const medians = worst("medianCompletionHours").sort((a, b) => a - b);
    expect(slow.medianCompletionHours!).toBeGreaterThan(2.5 * medians[Math.floor(medians.length / 2)]);
    expect(slow.medianCompletionHours!).toBeGreaterThan(1.5 * medians.at(-1)!);
    expect(slow.firstTimeFixRate!).toBeLessThan(Math.min(...worst("firstTimeFixRate")) - 0.05);
    expect(slow.averageRating!).toBeLessThan(Math.min(...worst("averageRating")));
    expect(slow.onTimeRate!).toBeLessThan(Math.min(...worst("onTimeRate")));
    expect(slow.lost).toBeGreaterThan(0);
  });

  it("peaks HVAC in summer and winter, and plumbing in winter", async () => {
    const monthly = async (name: string) => {
      const cat = await db().category.findFirstOrThrow({ where: { name } });
      const { trend, trendUnit } = await speedReport(scope, { ...year, categoryId: cat.id }, NOW);
      expect(trendUnit).toBe("month");
      return Object.fromEntries(trend.map((t) => [Number(t.bucket.slice(5, 7)), t.workOrders]));
    };
    const hvac = await monthly("HVAC");
    const shoulder = Math.max(hvac[3], hvac[4], hvac[5], hvac[10]);
    expect(Math.max(hvac[6], hvac[7], hvac[8])).toBeGreaterThan(1.5 * shoulder);
    expect(Math.max(hvac[1], hvac[2])).toBeGreaterThan(1.5 * shoulder);
    const top = Object.entries(hvac).sort((a, b) => b[1] - a[1])[0][0];
    expect([1, 2, 7, 8]).toContain(Number(top));
    const plumbing = await monthly("Plumbing");
    expect(plumbing[1] + plumbing[2]).toBeGreaterThan(1.5 * (plumbing[7] + plumbing[8]));
  });

  it("shows Oak Terrace slower than the other properties, and Harbor View 3B's leak coming back", async () => {
    const { rows } = await speedReport(scope, year, NOW);
    const props = rows.filter((r) => r.dimension === "property");
    const oak = props.find((p) => p.label === "Oak Terrace")!;
    for (const p of props.filter((x) => x !== oak)) {
      expect(oak.firstResponse.medianHours!).toBeGreaterThan(1.5 * p.firstResponse.medianHours!);
      expect(oak.complete.medianHours!).toBeGreaterThan(p.complete.medianHours!);
    }
    const repeats = await repeatsReport(scope, year, NOW);
    expect(repeats.sameUnit[0]).toMatchObject({ property: "Harbor View Apartments", unit: "3B", category: "Plumbing" });
    expect(repeats.sameUnit[0].count).toBeGreaterThanOrEqual(8);
    expect(repeats.sameUnit[0].count).toBeGreaterThan(repeats.sameUnit[1].count + 2);
  });

  it("has honest SLA clocks, ratings, costs and owner approvals", async () => {
    const sla = await slaReport(scope, year, NOW);
    const overall = sla.rows.find((r) => r.dimension === "overall")!;
    expect(overall.response.rate!).toBeGreaterThan(0.75);
    expect(overall.response.rate!).toBeLessThan(1);
    expect(overall.resolution.rate!).toBeGreaterThan(0.6);
    expect(overall.resolution.rate!).toBeLessThan(0.98);
    const cal = { timeZone: TZ, workingDays: [1, 2, 3, 4, 5], holidays: ["2026-11-26", "2026-12-25"] };
    for (const w of await db().workOrder.findMany({ where: { trackingNumber: { gt: DEMO_ROWS } } }))
      expect({ r: w.responseDueAt, s: w.resolutionDueAt }).toEqual(
        (({ responseDueAt: r, resolutionDueAt: s }) => ({ r, s }))(
          computeDueTimes(w.priority, w.createdAt, DEFAULT_SLA, cal, DEFAULT_TIMINGS.slaAtRiskPercent),
        ),
      );
    const tenants = await tenantsReport(scope, year, NOW);
    expect(tenants.responseRate!).toBeGreaterThan(0.5);
    expect(tenants.distribution.every((n) => n > 0)).toBe(true);
    expect(tenants.selfHelp.fixed).toBeGreaterThan(20);
    const costs = await costsReport(scope, year, NOW);
    expect(costs.months.length).toBeGreaterThanOrEqual(12);
    expect(costs.approvals.decided).toBeGreaterThan(5);
    expect(costs.estimateVsActual.jobs).toBeGreaterThan(30);
  });

  it("gives every history work order events consistent with its status and clock columns", async () => {
    const history = await db().workOrder.findMany({
      where: { trackingNumber: { gt: DEMO_ROWS } },
      include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
    });
    const allowed = (from: string, to: string) =>
      TRANSITIONS.some((t) => t.from.includes(from as never) && t.to === to);
    for (const w of history) {
      const at = (e: { createdAt: Date }) => e.createdAt.getTime();
      const moves = w.events.filter((e) => e.type === "STATUS_CHANGED");
      const where = `#${w.trackingNumber}`;
      expect(w.events[0], where).toMatchObject({ type: "CREATED", toStatus: "NEW" });
      expect(at(w.events[0]), where).toBe(w.createdAt.getTime());
      let status = "NEW";
      for (const m of moves) {
        expect(m.fromStatus, where).toBe(status);
        expect(allowed(status, m.toStatus!), `${where} ${status}→${m.toStatus}`).toBe(true);
        status = m.toStatus!;
      }
      expect(status, where).toBe(w.status);
      const lastMove = moves.at(-1)!;
      expect(w.events.every((e) => at(e) <= NOW.getTime())).toBe(true);
      expect(w.updatedAt.getTime(), where).toBe(at(w.events.at(-1)!));
      // Holds come in pairs, each released.
      const holds = w.events.filter((e) => e.type.startsWith("HOLD_")).map((e) => e.type);
      expect(holds.join(), where).toBe(holds.map((_, i) => (i % 2 ? "HOLD_RELEASED" : "HOLD_PLACED")).join());
      if (w.status === "CANCELLED") {
        expect(w.cancelledAt?.getTime(), where).toBe(at(lastMove));
        expect(w.completedAt, where).toBeNull();
        continue;
      }
      const lastDone = moves.filter((m) => m.toStatus === "COMPLETED").at(-1)!;
      expect(lastMove.toStatus, where).toBe("CLOSED");
      expect(w.closedAt?.getTime(), where).toBe(at(lastMove));
      expect(w.completedAt?.getTime(), where).toBe(at(lastDone));
      const firstMove = at(moves[0]);
      const ack = w.events.find((e) => e.type === "ACKNOWLEDGED");
      expect(w.firstResponseAt?.getTime(), where).toBe(Math.min(firstMove, ack ? at(ack) : Infinity));
      const assigned = moves.filter(
        (m) => m.toStatus === "ASSIGNED" && m.fromStatus !== "COMPLETED" && m.fromStatus !== "CLOSED",
      );
      expect(w.assignedAt?.getTime(), where).toBe(at(assigned.at(-1)!));
      const order = [
        w.createdAt,
        w.firstResponseAt,
        w.assignedAt,
        w.acceptedAt,
        w.departedAt,
        w.arrivedAt,
        w.completedAt,
        w.closedAt,
      ];
      for (let i = 1; i < order.length; i++)
        expect(order[i]!.getTime(), `${where} clock ${i}`).toBeGreaterThanOrEqual(order[i - 1]!.getTime());
      expect(w.windowStart!.getTime(), where).toBeLessThan(w.windowEnd!.getTime());
      expect(w.actualCostCents, where).toBeGreaterThan(0);
      expect(w.vendorId, where).not.toBeNull();
      if (w.rating !== null) expect(w.ratedAt!.getTime(), where).toBeGreaterThan(w.closedAt!.getTime());
    }
  });
});
