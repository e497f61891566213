// The stays in each status (WorkOrderStageStay) kept by triggers on WorkOrderEvent and WorkOrder,
// whoever writes them: each ended stay, its length in hours, and the work order's keys beside it —
// whatever order the events arrive in, and as events and work orders change or go.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { atHour as at, bareWorkOrder, buildFixture, T0, type Fixture } from "./reports-fixture";

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture();
});

const workOrder = () => bareWorkOrder(fx, "Stays");
const change = (
  workOrderId: string,
  h: number,
  from: WorkOrderStatus | null,
  to: WorkOrderStatus | null,
  id?: string,
) => ({
  ...(id ? { id } : {}),
  workOrderId,
  actorLabel: "Test",
  type: "STATUS_CHANGED",
  fromStatus: from,
  toStatus: to,
  createdAt: at(h),
});
const other = (workOrderId: string, h: number, type: string) => ({
  workOrderId,
  actorLabel: "Test",
  type,
  createdAt: at(h),
});
/** The work order's stays as [stage, hours], in the order they began (creation first). */
async function stays(workOrderId: string) {
  const rows = await db().workOrderStageStay.findMany({ where: { workOrderId } });
  const events = await db().workOrderEvent.findMany({ where: { workOrderId }, select: { id: true, createdAt: true } });
  const began = (id: string) => (id === workOrderId ? -1 : events.find((e) => e.id === id)!.createdAt.getTime());
  return rows.sort((a, b) => began(a.id) - began(b.id) || (a.id < b.id ? -1 : 1)).map((r) => [r.stage, r.hours]);
}

describe("the stays in each status", () => {
  it("records each stay once it ends, as the changes are written one by one", async () => {
    const w = await workOrder();
    await db().workOrderEvent.create({ data: other(w.id, 0, "CREATED") });
    expect(await stays(w.id)).toEqual([]);
    await db().workOrderEvent.create({ data: change(w.id, 2, "NEW", "ASSIGNED") });
    expect(await stays(w.id)).toEqual([["NEW", 2]]);
    await db().workOrderEvent.create({ data: change(w.id, 3, "ASSIGNED", "ASSIGNED") }); // a reassignment
    await db().workOrderEvent.create({ data: other(w.id, 4, "MESSAGE") });
    expect(await stays(w.id)).toEqual([["NEW", 2]]);
    await db().workOrderEvent.create({ data: change(w.id, 5.5, "ASSIGNED", "SCHEDULED") });
    await db().workOrderEvent.create({ data: change(w.id, 29.5, "SCHEDULED", "COMPLETED") });
    expect(await stays(w.id)).toEqual([
      ["NEW", 2],
      ["ASSIGNED", 3.5],
      ["SCHEDULED", 24],
    ]);
    const row = await db().workOrderStageStay.findUniqueOrThrow({ where: { id: w.id } });
    expect(row).toMatchObject({
      orgId: fx.org.id,
      propertyId: fx.p1.id,
      categoryId: fx.plumbing.id,
      priority: "ROUTINE",
      vendorId: null,
      createdAt: T0,
    });
  });

  it("ends up the same when the events arrive out of order, in one statement or apart, ties by id", async () => {
    const a = await workOrder();
    const b = await workOrder();
    const events = (id: string) => [
      change(id, 10, "SCHEDULED", "COMPLETED"),
      change(id, 1, "NEW", "ASSIGNED", `${id}:a`),
      change(id, 4, "ASSIGNED", "SCHEDULED", `${id}:s`),
      change(id, 1, "ASSIGNED", "NEW", `${id}:b`), // declined at the same instant: after :a by id
    ];
    await db().workOrderEvent.createMany({ data: events(a.id) });
    for (const e of events(b.id).reverse()) await db().workOrderEvent.create({ data: e });
    const expected = [
      ["NEW", 1],
      ["ASSIGNED", 0],
      ["NEW", 3],
      ["SCHEDULED", 6],
    ];
    expect(await stays(a.id)).toEqual(expected);
    expect(await stays(b.id)).toEqual(expected);
  });

  it("follows an event changed or removed and the work order's keys, and goes with its work order", async () => {
    const w = await workOrder();
    await db().workOrderEvent.create({ data: change(w.id, 1, "NEW", "ASSIGNED") });
    const s = await db().workOrderEvent.create({ data: change(w.id, 3, "ASSIGNED", "SCHEDULED") });
    await db().workOrderEvent.create({ data: change(w.id, 7, "SCHEDULED", "COMPLETED") });
    expect(await stays(w.id)).toEqual([
      ["NEW", 1],
      ["ASSIGNED", 2],
      ["SCHEDULED", 4],
    ]);
    await db().workOrderEvent.update({ where: { id: s.id }, data: { createdAt: at(5) } });
    expect(await stays(w.id)).toEqual([
      ["NEW", 1],
      ["ASSIGNED", 4],
      ["SCHEDULED", 2],
    ]);
    await db().workOrderEvent.update({ where: { id: s.id }, data: { toStatus: "ASSIGNED" } }); // no longer a change
    expect(await stays(w.id)).toEqual([
      ["NEW", 1],
      ["ASSIGNED", 6],
    ]);
    await db().workOrderEvent.update({ where: { id: s.id }, data: { toStatus: "SCHEDULED" } });
    await db().workOrderEvent.delete({ where: { id: s.id } });
    expect(await stays(w.id)).toEqual([
      ["NEW", 1],
      ["ASSIGNED", 6],
    ]);
    await db().workOrder.update({
      where: { id: w.id },
      data: { vendorId: fx.v1.id, priority: "URGENT", propertyId: fx.p2.id, createdAt: at(-1) },
    });
    expect(await stays(w.id)).toEqual([
      ["NEW", 2],
      ["ASSIGNED", 6],
    ]);
    const rows = await db().workOrderStageStay.findMany({ where: { workOrderId: w.id } });
    for (const r of rows)
      expect(r).toMatchObject({ vendorId: fx.v1.id, priority: "URGENT", propertyId: fx.p2.id, createdAt: at(-1) });
    await db().workOrder.delete({ where: { id: w.id } });
    expect(await db().workOrderStageStay.count({ where: { workOrderId: w.id } })).toBe(0);
  });

  it("takes many work orders' events in one statement", async () => {
    const ws = await Promise.all(Array.from({ length: 12 }, () => workOrder()));
    await db().workOrderEvent.createMany({
      data: ws.flatMap((w, i) => [
        change(w.id, 1 + i, "NEW", "ASSIGNED"),
        change(w.id, 2 + 2 * i, "ASSIGNED", "SCHEDULED"),
        other(w.id, 3 + 2 * i, "HOLD_PLACED"),
      ]),
    });
    for (const [i, w] of ws.entries())
      expect(await stays(w.id)).toEqual([
        ["NEW", 1 + i],
        ["ASSIGNED", 1 + i],
      ]);
  });
});
