// Each report number leads to the queue showing exactly the work orders behind it (issue 17): on the
// demo's year of history, for every group of the speed report (counted by creation) and of the
// costs report (jobs counted by completion), the queue the number links to holds as many work
// orders as the number says. Seeded at a fixed `now`, so the wall clock plays no part.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { costsReport } from "@/lib/reports/costs";
import { parseReportFilters, type ReportFilters } from "@/lib/reports/filters";
import { groupQueueFilter } from "@/lib/reports/queue-links";
import { reportScope } from "@/lib/reports/scope";
import { speedReport } from "@/lib/reports/speed";
import type { GroupKey, ReportScope } from "@/lib/reports/types";
import { queuePage } from "@/lib/work-orders/queue";
import type { QueueFilter } from "@/lib/work-orders/queue-filter";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const NOW = new Date("2026-12-31T17:00:00Z");
const TZ = "America/New_York";

let admin: Actor;
let scope: ReportScope;
let quarter: ReportFilters;
beforeAll(async () => {
  expect(await seedDemo(db(), NOW, { history: true })).toBe(true);
  admin = await actorFor("admin@fixwell.example");
  scope = await reportScope(admin, NOW);
  quarter = parseReportFilters({ period: "90" }, NOW, TZ);
}, 120_000);

/** How many work orders the queue shows for a filter, every page of it. */
async function queueCount(f: QueueFilter): Promise<number> {
  let n = 0;
  let after: string | undefined;
  do {
    const page = await queuePage(admin, { ...f, after }, NOW);
    n += page.rows.length;
    after = page.next;
  } while (after);
  return n;
}

async function expectLinksMatch(rows: (GroupKey & { n: number })[], clock?: "completed") {
  const linked = rows.filter((r) => r.key !== null || r.dimension === "overall");
  expect(linked.length).toBeGreaterThan(5);
  const seen = await Promise.all(
    linked.map(async (r) => ({
      group: `${r.dimension} ${r.label}`,
      n: await queueCount(groupQueueFilter(quarter, r, clock)!),
    })),
  );
  expect(seen).toEqual(linked.map((r) => ({ group: `${r.dimension} ${r.label}`, n: r.n })));
}

describe("a report number's link to the queue", () => {
  it("speed: each group's work orders, created in the period", async () => {
    const speed = await speedReport(scope, quarter, NOW);
    await expectLinksMatch(speed.rows.map((r) => ({ ...r, n: r.workOrders })));
  });

  it("costs: each group's jobs, completed in the period (not those created in it)", async () => {
    const costs = await costsReport(scope, quarter, NOW);
    const rows = costs.spend.map((r) => ({ ...r, n: r.jobs }));
    await expectLinksMatch(rows, "completed");
    // The difference matters on this data: by creation the same links would show other work orders.
    const byCreation = await Promise.all(rows.map((r) => queueCount(groupQueueFilter(quarter, r)!)));
    expect(byCreation).not.toEqual(rows.map((r) => r.n));
  });
});
