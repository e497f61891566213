// The manager queue against a real database: every filter, search, sort and count is checked
// against the rows in scope read back directly, and a manager never sees another's properties.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { bulkSummary, bulkUpdate } from "@/lib/work-orders/bulk-update";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { queueBoard, queueCounts, queuePage } from "@/lib/work-orders/queue";
import { ownerAskedAt, type QueueRow } from "@/lib/work-orders/queue-types";
import { parseQueueFilter, SAVED_VIEWS, type QueueFilter, type SavedView } from "@/lib/work-orders/queue-filter";
import { scopeFor } from "@/lib/work-orders/scope";
import { slaClock } from "@/lib/work-orders/sla-status";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";
import { refusal } from "../support/english";
import { QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";

let dana: Actor, sam: Actor, admin: Actor;
const now = new Date();
const H = 3_600_000;

type Row = Awaited<ReturnType<typeof inScope>>[number];
function inScope(actor: Actor) {
  return db().workOrder.findMany({
    where: scopeFor(actor),
    include: {
      reporter: { select: { name: true } },
      unit: { select: { label: true } },
      estimates: { select: { status: true } },
    },
  });
}

/** Every row a filter returns, over all its pages (following each page's next link). */
async function all(actor: Actor, f: QueueFilter) {
  const out: QueueRow[] = [];
  let after: string | undefined;
  do {
    const r = await queuePage(actor, { ...f, after, before: undefined }, now);
    expect(r.rows.length).toBeLessThanOrEqual(r.pageSize);
    out.push(...r.rows);
    after = r.next;
  } while (after);
  expect(out).toHaveLength((await queueCounts(actor, f, now)).total);
  return out;
}
const numbers = (rows: { trackingNumber: number }[]) => rows.map((r) => r.trackingNumber).sort((a, b) => a - b);
const f = (params: Record<string, string>) => parseQueueFilter(params);
const isOpen = (r: Row) => QUEUE_OPEN_STATUSES.includes(r.status);

const needsStaff = (r: Row) =>
  isOpen(r) &&
  r.holdReason !== "WAITING_FOR_OWNER_APPROVAL" &&
  (r.status === "NEW" ||
    !!r.rescheduleRequestedAt ||
    r.status === "COMPLETED" ||
    r.estimates.some((e) => e.status === "PENDING"));
/** Each saved view as a rule on a row, for the viewer `me` ("Waiting on me" is theirs). */
const savedFor = (me: string): Record<SavedView, (r: Row) => boolean> => ({
  mine: (r) => r.responsibleId === me && needsStaff(r),
  unassigned: (r) => r.status === "NEW" && !r.vendorId && !r.technicianId,
  emergencies: (r) => isOpen(r) && r.priority === "EMERGENCY",
  breached: (r) => isOpen(r) && !!r.nextDueAt && r.nextDueAt <= now,
  waiting: (r) =>
    isOpen(r) && ((r.status === "NEW" && !r.firstResponseAt) || !!r.rescheduleRequestedAt || r.status === "COMPLETED"),
  owner: (r) => isOpen(r) && r.holdReason === "WAITING_FOR_OWNER_APPROVAL",
});
let askedOwner: { trackingNumber: number; at: Date };

beforeAll(async () => {
  await seedDemo(db());
  [dana, sam, admin] = await Promise.all(
    ["dana.reyes@fixwell.example", "sam.wolfe@fixwell.example", "admin@fixwell.example"].map(actorFor),
  );
  // Make every SLA state and saved view non-empty, relative to now.
  const open = await db().workOrder.findMany({
    where: { ...scopeFor(dana), status: { in: ["NEW", "ASSIGNED", "SCHEDULED"] } },
    orderBy: { trackingNumber: "asc" },
  });
  const [a, b, c, d] = open;
  await db().workOrder.update({
    where: { id: a.id },
    data: {
      firstResponseAt: null,
      status: "NEW",
      vendorId: null,
      responseDueAt: new Date(now.getTime() - H),
      responseAtRiskAt: new Date(now.getTime() - 2 * H),
    },
  });
  await db().workOrder.update({
    where: { id: b.id },
    data: {
      firstResponseAt: null,
      status: "NEW",
      vendorId: null,
      responseDueAt: new Date(now.getTime() + H),
      responseAtRiskAt: new Date(now.getTime() - H),
      reporterId: null,
      reporterName: "Zelda Quartermain",
    },
  });
  await db().workOrder.update({
    where: { id: c.id },
    data: { rescheduleRequestedAt: now, holdReason: "NO_ACCESS", holdNote: "Gate locked" },
  });
  await db().workOrder.update({
    where: { id: d.id },
    data: { priority: "EMERGENCY", description: "Water pouring through the ceiling xylophone" },
  });
  // Waiting on the owner: a $750 estimate asked of them 30 hours ago.
  const e = open.slice(4).find((w) => w.priority !== "EMERGENCY" && !w.holdReason)!;
  const asked = new Date(now.getTime() - 30 * H);
  await addEstimate({
    actor: dana,
    trackingNumber: e.trackingNumber,
    input: { amountCents: 75_000, description: "New water heater" },
    now: asked,
  });
  await db().$executeRaw`UPDATE "CostEstimate" SET "updatedAt" = ${asked} WHERE "workOrderId" = ${e.id}`;
  askedOwner = { trackingNumber: e.trackingNumber, at: asked };
});

describe("queue filters, each checked against the rows in scope", () => {
  it("match exactly what each filter means", async () => {
    const rows = await inScope(dana);
    const SAVED = savedFor(dana.userId);
    const some = rows.find((r) => r.vendorId && isOpen(r))!;
    const cases: [Record<string, string>, (r: Row) => boolean][] = [
      [{}, isOpen],
      [{ status: "ALL" }, () => true],
      ...(["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED"] as const).map(
        (s): [Record<string, string>, (r: Row) => boolean] => [{ status: s }, (r) => r.status === s],
      ),
      [{ priority: "EMERGENCY" }, (r) => isOpen(r) && r.priority === "EMERGENCY"],
      [{ status: "ALL", category: some.categoryId }, (r) => r.categoryId === some.categoryId],
      [
        { status: "ALL", property: some.propertyId, priority: some.priority },
        (r) => r.propertyId === some.propertyId && r.priority === some.priority,
      ],
      [{ status: "ALL", vendor: some.vendorId! }, (r) => r.vendorId === some.vendorId],
      [{ hold: "1" }, (r) => isOpen(r) && !!r.holdReason],
      [{ sla: "breached" }, (r) => isOpen(r) && !!r.nextDueAt && r.nextDueAt <= now],
      [
        { sla: "at-risk" },
        (r) => isOpen(r) && !!r.nextAtRiskAt && r.nextAtRiskAt <= now && !!r.nextDueAt && r.nextDueAt > now,
      ],
      [{ status: "ALL", age: "30" }, (r) => r.createdAt.getTime() < now.getTime() - 30 * 86_400_000],
      [{ age: "3" }, (r) => isOpen(r) && r.createdAt.getTime() < now.getTime() - 3 * 86_400_000],
      ...SAVED_VIEWS.map((v): [Record<string, string>, (r: Row) => boolean] => [{ saved: v }, SAVED[v]]),
    ];
    for (const [params, pred] of cases) {
      const expected = numbers(rows.filter(pred));
      expect(numbers(await all(dana, f(params))), JSON.stringify(params)).toEqual(expected);
    }
    // Every state the fixtures set up is really exercised.
    for (const v of SAVED_VIEWS) expect(rows.filter(SAVED[v]).length, v).toBeGreaterThan(0);
    expect(rows.filter((r) => r.holdReason && isOpen(r)).length).toBeGreaterThan(0);
  });

  it("the waiting-on-owner view has the work on hold for an owner's answer, each with when the owner was asked", async () => {
    const rows = (await queuePage(dana, f({ saved: "owner" }), now)).rows;
    expect(rows.map((r) => r.trackingNumber)).toEqual([askedOwner.trackingNumber]);
    expect(ownerAskedAt(rows[0])).toEqual(askedOwner.at);
    // Other blocked work carries no owner wait.
    const others = (await queuePage(dana, f({ hold: "1" }), now)).rows.filter(
      (r) => r.holdReason !== "WAITING_FOR_OWNER_APPROVAL",
    );
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(ownerAskedAt(r)).toBeNull();
  });

  it("search by tracking number (with or without #), unit, tenant, QR reporter name or description", async () => {
    const rows = await inScope(dana);
    const target = rows.find((r) => r.reporter)!;
    const hits = async (q: string) => numbers(await all(dana, f({ status: "ALL", q })));
    expect(await hits(`#${target.trackingNumber}`)).toContain(target.trackingNumber);
    expect(await hits(String(target.trackingNumber))).toContain(target.trackingNumber);
    expect(await hits("XYLOPHONE")).toEqual(numbers(rows.filter((r) => r.description.includes("xylophone"))));
    expect(await hits("quarterMAIN")).toEqual(numbers(rows.filter((r) => r.reporterName === "Zelda Quartermain")));
    const name = target.reporter!.name;
    expect(await hits(name)).toEqual(
      numbers(
        rows.filter(
          (r) =>
            r.reporter?.name.toLowerCase().includes(name.toLowerCase()) ||
            r.description.toLowerCase().includes(name.toLowerCase()) ||
            r.unit.label.toLowerCase().includes(name.toLowerCase()),
        ),
      ),
    );
    const label = target.unit.label;
    expect(await hits(label)).toContain(target.trackingNumber);
    expect(await hits("no such words anywhere")).toEqual([]);
  });

  it("sorts by the next SLA due soonest, finished work last, the same due time slaClock shows", async () => {
    const list = (await queuePage(dana, f({ status: "ALL", sort: "due" }), now)).rows;
    const dues = list.map((r) => slaClock(r, now)?.dueAt.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(dues[0]).toBeLessThan(now.getTime()); // the breached one leads
    for (const r of list) expect(r.nextDueAt ?? null).toEqual(slaClock(r, now)?.dueAt ?? null);
  });

  it("counts per status, priority and saved view, computed in the database", async () => {
    const rows = await inScope(dana);
    const SAVED = savedFor(dana.userId);
    const counts = await queueCounts(dana, f({ priority: "ROUTINE" }), now);
    for (const s of ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED"] as const) {
      expect(counts.status[s] ?? 0, s).toBe(rows.filter((r) => r.status === s && r.priority === "ROUTINE").length);
    }
    for (const p of ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const)
      expect(counts.priority[p] ?? 0, p).toBe(rows.filter((r) => isOpen(r) && r.priority === p).length);
    for (const v of SAVED_VIEWS) expect(counts.saved[v], v).toBe(rows.filter(SAVED[v]).length);
  });

  it("board columns hold the open statuses, capped, newest first; their totals are the status counts", async () => {
    const rows = await inScope(dana);
    const board = await queueBoard(dana, f({ view: "board" }), now);
    const counts = await queueCounts(dana, f({ view: "board" }), now);
    expect(board.map((c) => c.status)).toEqual(QUEUE_OPEN_STATUSES);
    for (const col of board) {
      const inColumn = rows
        .filter((r) => r.status === col.status)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
      expect(counts.status[col.status]).toBe(inColumn.length);
      expect(col.cards.map((c) => c.trackingNumber)).toEqual(inColumn.slice(0, 20).map((r) => r.trackingNumber));
    }
  });
});

describe("scope", () => {
  it("Sam never sees Dana's properties in any filter, search or count; the admin sees all", async () => {
    const samRows = await inScope(sam);
    const danaRows = await inScope(dana);
    const SAVED = savedFor(sam.userId);
    expect(samRows.length).toBeGreaterThan(0);
    expect(samRows.every((r) => sam.propertyIds.includes(r.propertyId))).toBe(true);
    const foreign = danaRows.find((r) => !sam.propertyIds.includes(r.propertyId))!;
    const mine = new Set(samRows.map((r) => r.trackingNumber));
    const probes: Record<string, string>[] = [
      { status: "ALL" },
      { status: "ALL", q: `#${foreign.trackingNumber}` },
      { status: "ALL", q: "xylophone" },
      { status: "ALL", q: "Quartermain" },
      { status: "ALL", property: foreign.propertyId },
      { sla: "breached" },
      { hold: "1" },
      ...SAVED_VIEWS.map((saved) => ({ saved })),
    ];
    for (const p of probes)
      for (const r of await all(sam, f(p))) expect(mine.has(r.trackingNumber), JSON.stringify(p)).toBe(true);
    expect(await all(sam, f({ status: "ALL", property: foreign.propertyId }))).toEqual([]);
    const counts = await queueCounts(sam, f({ status: "ALL" }), now);
    expect(Object.values(counts.status).reduce((a, b) => a + b, 0)).toBe(samRows.length);
    for (const v of SAVED_VIEWS) expect(counts.saved[v]).toBe(samRows.filter(SAVED[v]).length);
    expect((await queueCounts(admin, f({ status: "ALL" }), now)).total).toBe(await db().workOrder.count());
    // A cursor from another manager's property opens nothing, as a missing one does.
    expect((await queuePage(sam, { ...f({ status: "ALL" }), after: foreign.id }, now)).rows).toEqual([]);
    expect((await queuePage(sam, { ...f({ status: "ALL" }), after: "no-such-id" }, now)).rows).toEqual([]);
  });
});

describe("generated next-due columns", () => {
  it("follow status and first response, and cannot be written", async () => {
    const wo = await db().workOrder.findFirstOrThrow({
      where: { ...scopeFor(dana), status: "NEW", firstResponseAt: null },
    });
    expect(wo.nextDueAt).toEqual(wo.responseDueAt);
    expect(wo.nextAtRiskAt).toEqual(wo.responseAtRiskAt ?? wo.responseDueAt);
    const responded = await db().workOrder.update({ where: { id: wo.id }, data: { firstResponseAt: now } });
    expect(responded.nextDueAt).toEqual(wo.resolutionDueAt);
    expect(responded.nextAtRiskAt).toEqual(wo.resolutionAtRiskAt);
    const done = await db().workOrder.update({ where: { id: wo.id }, data: { status: "COMPLETED", completedAt: now } });
    expect(done.nextDueAt).toBeNull();
    expect(done.nextAtRiskAt).toBeNull();
    const reopened = await db().workOrder.update({
      where: { id: wo.id },
      data: { status: "ASSIGNED", completedAt: null },
    });
    expect(reopened.nextDueAt).toEqual(wo.resolutionDueAt);
    await expect(db().workOrder.update({ where: { id: wo.id }, data: { nextDueAt: now } })).rejects.toThrow();
  });
});

describe("bulk update", () => {
  it("updates what it can, skips a stale row and a foreign one, and says which", async () => {
    const rows = (await inScope(dana))
      .filter((r) => isOpen(r) && r.priority !== "LOW")
      .sort((a, b) => a.trackingNumber - b.trackingNumber);
    const [a, b, c] = rows;
    await db().workOrder.update({ where: { id: c.id }, data: { version: { increment: 1 } } }); // someone else changed c
    const items = [a, b, c].map((r) => ({ trackingNumber: r.trackingNumber, version: r.version }));
    const result = await bulkUpdate({
      actor: dana,
      items,
      op: { kind: "reprioritise", priority: "LOW", reason: "Cosmetic only" },
      now: new Date(),
    });
    expect(result.updated).toEqual([a.trackingNumber, b.trackingNumber]);
    expect(result.skipped).toEqual([{ trackingNumber: c.trackingNumber, why: "bulk.why.stale" }]);
    expect(bulkSummary(result, translator("en", en))).toBe(
      `2 updated, 1 skipped: #${c.trackingNumber} changed since you opened it.`,
    );
    expect(bulkSummary(result, translator("es", es))).toBe(
      `2 actualizadas, 1 omitida: #${c.trackingNumber} cambió desde que la abrió.`,
    );
    const after = await db().workOrder.findMany({
      where: { id: { in: [a.id, b.id, c.id] } },
      orderBy: { trackingNumber: "asc" },
    });
    expect(after.map((r) => r.priority)).toEqual(["LOW", "LOW", c.priority]);

    // Close takes only completed work; Sam cannot touch Dana's rows at all.
    const completed = (await inScope(dana)).find((r) => r.status === "COMPLETED")!;
    const open = (await inScope(dana)).find((r) => r.status === "SCHEDULED")!;
    const closed = await bulkUpdate({
      actor: dana,
      items: [completed, open].map((r) => ({ trackingNumber: r.trackingNumber, version: r.version })),
      op: { kind: "close" },
      now: new Date(),
    });
    expect(closed).toEqual({
      updated: [completed.trackingNumber],
      skipped: [{ trackingNumber: open.trackingNumber, why: "bulk.why.status" }],
    });
    const foreign = await bulkUpdate({
      actor: sam,
      items: [{ trackingNumber: open.trackingNumber, version: open.version }],
      op: { kind: "close" },
      now: new Date(),
    });
    expect(foreign.skipped).toEqual([{ trackingNumber: open.trackingNumber, why: "bulk.why.notFound" }]);
    expect(
      await refusal(
        bulkUpdate({
          actor: dana,
          items: Array.from({ length: 101 }, (_, i) => ({ trackingNumber: i + 1, version: 1 })),
          op: { kind: "close" },
          now: new Date(),
        }),
      ),
    ).toMatch(/at most 100/);
  });

  it("assigns new work to a vendor; the response clock moves to resolution", async () => {
    const wo = (await inScope(dana)).find((r) => r.status === "NEW")!;
    const vendor = await db().vendor.findFirstOrThrow({ where: { orgId: dana.orgId, active: true } });
    const result = await bulkUpdate({
      actor: dana,
      items: [{ trackingNumber: wo.trackingNumber, version: wo.version }],
      op: { kind: "assign", vendorId: vendor.id },
      now: new Date(),
    });
    expect(result.updated).toEqual([wo.trackingNumber]);
    const after = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(after.status).toBe("ASSIGNED");
    expect(after.vendorId).toBe(vendor.id);
    expect(after.nextDueAt).toEqual(after.resolutionDueAt);
  });
});
