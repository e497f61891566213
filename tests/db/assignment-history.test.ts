// The assignment history (WorkOrderAssignment) kept by triggers on WorkOrderEvent, whoever writes
// the events: each assignment naming a vendor or technician, whom it meant, and how it ended —
// declined (back to NEW), lost (to someone else), or neither (same name again, a reopen, completion).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { atHour as at, bareWorkOrder, buildFixture, type Fixture } from "./reports-fixture";

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture();
});

const workOrder = () => bareWorkOrder(fx, "History");
const move = (workOrderId: string, h: number, from: WorkOrderStatus, to: WorkOrderStatus, vendor?: string) => ({
  workOrderId,
  actorLabel: "Test",
  type: "STATUS_CHANGED",
  fromStatus: from,
  toStatus: to,
  details: vendor ? { vendor } : { reopened: "not fixed" },
  createdAt: at(h),
});
const history = (workOrderId: string) =>
  db().workOrderAssignment.findMany({
    where: { workOrderId },
    orderBy: { assignedAt: "asc" },
    select: { label: true, vendorId: true, technicianId: true, ending: true, endedAt: true },
  });

describe("the assignment history", () => {
  it("records a decline, a reassignment and a reopen as they are written one by one", async () => {
    const w = await workOrder();
    const v1 = fx.v1.company;
    const v2 = fx.v2.company;
    await db().workOrderEvent.create({ data: move(w.id, 1, "NEW", "ASSIGNED", v1) });
    expect(await history(w.id)).toEqual([
      { label: v1, vendorId: fx.v1.id, technicianId: null, ending: null, endedAt: null },
    ]);
    await db().workOrderEvent.create({ data: move(w.id, 2, "ASSIGNED", "NEW") }); // declined
    await db().workOrderEvent.create({ data: move(w.id, 3, "NEW", "ASSIGNED", v2) });
    await db().workOrderEvent.create({ data: move(w.id, 4, "ASSIGNED", "ASSIGNED", v2) }); // same again
    await db().workOrderEvent.create({ data: move(w.id, 5, "ASSIGNED", "ASSIGNED", fx.tech.name) }); // lost
    await db().workOrderEvent.create({ data: move(w.id, 6, "ASSIGNED", "COMPLETED") });
    await db().workOrderEvent.create({ data: move(w.id, 7, "COMPLETED", "ASSIGNED") }); // reopen: not a move
    await db().workOrderEvent.create({ data: move(w.id, 8, "ASSIGNED", "COMPLETED") }); // complete twice
    expect(await history(w.id)).toEqual([
      { label: v1, vendorId: fx.v1.id, technicianId: null, ending: "DECLINED", endedAt: at(2) },
      { label: v2, vendorId: fx.v2.id, technicianId: null, ending: null, endedAt: null },
      { label: v2, vendorId: fx.v2.id, technicianId: null, ending: "LOST", endedAt: at(5) },
      { label: fx.tech.name, vendorId: null, technicianId: fx.tech.id, ending: null, endedAt: null },
    ]);
  });

  it("ends up the same when the events arrive out of order, in one statement or apart", async () => {
    const a = await workOrder();
    const b = await workOrder();
    const events = (id: string) => [
      move(id, 3, "NEW", "ASSIGNED", fx.v2.company),
      move(id, 1, "NEW", "ASSIGNED", fx.v1.company),
      move(id, 2, "ASSIGNED", "NEW"),
    ];
    await db().workOrderEvent.createMany({ data: events(a.id) });
    for (const e of events(b.id)) await db().workOrderEvent.create({ data: e });
    const expected = [
      { label: fx.v1.company, vendorId: fx.v1.id, technicianId: null, ending: "DECLINED", endedAt: at(2) },
      { label: fx.v2.company, vendorId: fx.v2.id, technicianId: null, ending: null, endedAt: null },
    ];
    expect(await history(a.id)).toEqual(expected);
    expect(await history(b.id)).toEqual(expected);
  });

  it("follows an event changed or removed, and goes with its work order", async () => {
    const w = await workOrder();
    await db().workOrderEvent.create({ data: move(w.id, 1, "NEW", "ASSIGNED", fx.v1.company) });
    const back = await db().workOrderEvent.create({ data: move(w.id, 2, "ASSIGNED", "NEW") });
    expect((await history(w.id))[0].ending).toBe("DECLINED");
    await db().workOrderEvent.update({ where: { id: back.id }, data: { createdAt: at(0.5) } }); // now before it
    expect((await history(w.id))[0]).toMatchObject({ ending: null, endedAt: null });
    await db().workOrderEvent.update({
      where: { id: back.id },
      data: { createdAt: at(2), toStatus: "ASSIGNED", details: { vendor: fx.v2.company } },
    });
    expect((await history(w.id)).map((x) => [x.vendorId, x.ending])).toEqual([
      [fx.v1.id, "LOST"],
      [fx.v2.id, null],
    ]);
    await db().workOrderEvent.delete({ where: { id: back.id } });
    expect(await history(w.id)).toEqual([
      { label: fx.v1.company, vendorId: fx.v1.id, technicianId: null, ending: null, endedAt: null },
    ]);
    await db().workOrder.delete({ where: { id: w.id } });
    expect(await history(w.id)).toEqual([]);
  });
});
