// The queue at more than a page (issue 19): keyset pages in every sort, forward and back, match the
// whole list sorted by hand; counts stop at the cap; the search text follows the unit and the tenant.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { queueCounts, queuePage } from "@/lib/work-orders/queue";
import { parseQueueFilter, SORTS, type QueueFilter, type QueueSort } from "@/lib/work-orders/queue-filter";
import { COUNT_CAP } from "@/lib/work-orders/queue-types";
import { scopeFor } from "@/lib/work-orders/scope";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let dana: Actor;
const now = new Date();
const f = (params: Record<string, string>) => parseQueueFilter(params);

beforeAll(async () => {
  await seedDemo(db());
  dana = await actorFor("dana.reyes@fixwell.example");
  // 1,100 more work orders on one of Dana's properties: three pages and more than the count cap.
  // Every 7th shares its createdAt with the one before (ties broken by id); every 5th is completed
  // (no next due time: NULLs sort last); priorities and due times spread.
  await db().$executeRaw`
    INSERT INTO "WorkOrder" (id, "orgId", "propertyId", "unitId", "categoryId", "tenantSeverity", priority, status, description,
      "responseDueAt", "completedAt", "createdAt", "updatedAt")
    SELECT 'page' || lpad(s::text, 5, '0'), w."orgId", w."propertyId", w."unitId", w."categoryId", w."tenantSeverity",
      (ARRAY['EMERGENCY','URGENT','ROUTINE','LOW'])[1 + s % 4]::"Priority",
      CASE WHEN s % 5 = 0 THEN 'COMPLETED' ELSE 'NEW' END::"WorkOrderStatus", 'Paged row ' || s,
      now() + (s % 37) * interval '1 hour', CASE WHEN s % 5 = 0 THEN now() END,
      now() - (s - (CASE WHEN s % 7 = 0 THEN 1 ELSE 0 END)) * interval '1 minute', now()
    FROM generate_series(1, 1100) s,
      (SELECT * FROM "WorkOrder" WHERE "propertyId" = ${dana.propertyIds[0]} LIMIT 1) w`;
});

/** Dana's open rows in a sort's order, computed here from the rows themselves. */
async function expected(sort: QueueSort) {
  const rows = await db().workOrder.findMany({
    where: { ...scopeFor(dana), status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] } },
  });
  const PRI = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"];
  const due = (d: Date | null) => d?.getTime() ?? Infinity;
  const id = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const cmp = {
    newest: (a: (typeof rows)[0], b: (typeof rows)[0]) =>
      b.createdAt.getTime() - a.createdAt.getTime() || id(b.id, a.id),
    oldest: (a: (typeof rows)[0], b: (typeof rows)[0]) =>
      a.createdAt.getTime() - b.createdAt.getTime() || id(a.id, b.id),
    priority: (a: (typeof rows)[0], b: (typeof rows)[0]) =>
      PRI.indexOf(a.priority) - PRI.indexOf(b.priority) ||
      (due(a.nextDueAt) === due(b.nextDueAt) ? 0 : due(a.nextDueAt) < due(b.nextDueAt) ? -1 : 1) ||
      id(a.id, b.id),
    due: (a: (typeof rows)[0], b: (typeof rows)[0]) =>
      (due(a.nextDueAt) === due(b.nextDueAt) ? 0 : due(a.nextDueAt) < due(b.nextDueAt) ? -1 : 1) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      id(a.id, b.id),
  }[sort];
  return rows.sort(cmp).map((r) => r.id);
}

describe("keyset pages", () => {
  it.each(SORTS)("sort %s: next links walk the whole list once, previous links walk it back", async (sort) => {
    const want = await expected(sort);
    expect(want.length).toBeGreaterThan(3 * 50);
    const pages: string[][] = [];
    let filter: QueueFilter = f({ sort });
    for (;;) {
      const page = await queuePage(dana, filter, now);
      pages.push(page.rows.map((r) => r.id));
      expect(page.previous === undefined).toBe(pages.length === 1);
      if (!page.next) break;
      filter = { ...filter, after: page.next, before: undefined };
    }
    expect(pages.flat()).toEqual(want);
    expect(pages.every((p, i) => p.length === 50 || i === pages.length - 1)).toBe(true);
    // Back from the last page: the same pages in reverse, the first one with no previous link.
    let before: string | undefined = pages.at(-1)![0];
    for (let i = pages.length - 2; i >= 0; i--) {
      const page = await queuePage(dana, { ...filter, after: undefined, before }, now);
      expect(page.rows.map((r) => r.id)).toEqual(pages[i]);
      expect(page.next).toBe(pages[i].at(-1));
      before = page.previous;
      expect(before === undefined).toBe(i === 0);
    }
  });
});

describe("counts", () => {
  it("stop at the cap: more shows as the cap plus one, fewer are exact", async () => {
    const counts = await queueCounts(dana, f({}), now);
    expect(counts.total).toBe(COUNT_CAP + 1);
    expect(counts.open).toBe(COUNT_CAP + 1);
    for (const status of ["NEW", "COMPLETED", "CLOSED"] as const) {
      const exact = await db().workOrder.count({ where: { ...scopeFor(dana), status } });
      expect(exact).toBeLessThan(COUNT_CAP);
      expect(counts.status[status]).toBe(exact);
    }
    const paged = await queueCounts(dana, f({ q: "Paged row 10" }), now);
    // "Paged row 10", "…100"–"…109" and "…1000"–"…1099": 111 rows, all open.
    expect(paged.total).toBe(111);
  });
});

describe("search text", () => {
  it("follows a relabelled unit and a renamed tenant, and cannot be written by hand", async () => {
    const wo = await db().workOrder.findFirstOrThrow({
      where: { ...scopeFor(dana), reporterId: { not: null }, status: { not: "CLOSED" } },
      include: { reporter: true, unit: true },
    });
    const hits = async (q: string) => (await queueCounts(dana, f({ status: "ALL", q }), now)).total;
    expect(await hits("Quixotic-Unit 9Z")).toBe(0);
    await db().unit.update({ where: { id: wo.unitId }, data: { label: "Quixotic-Unit 9Z" } });
    const onUnit = await db().workOrder.count({ where: { unitId: wo.unitId } });
    expect(await hits("quixotic-unit 9z")).toBe(onUnit);
    await db().user.update({ where: { id: wo.reporterId! }, data: { name: "Philomena Zwicky" } });
    const byReporter = await db().workOrder.count({ where: { reporterId: wo.reporterId } });
    expect(await hits("ZWICKY")).toBe(byReporter);
    await db().$executeRaw`UPDATE "WorkOrder" SET "searchText" = 'forged' WHERE id = ${wo.id}`;
    const after = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(after.searchText).toContain("Philomena Zwicky");
    expect(after.searchText).toContain(wo.description);
    // LIKE's own wildcards are taken literally.
    const texts = (await db().workOrder.findMany({ where: scopeFor(dana), select: { searchText: true } })).map(
      (w) => w.searchText,
    );
    for (const q of ["%", "_"]) expect(await hits(q)).toBe(texts.filter((t) => t.includes(q)).length);
  });
});
