// Each work order's speed clocks (WorkOrderSpeed) kept by triggers on WorkOrder, whoever writes it:
// the row appears with the work order, follows each clock and key as they change, ignores the
// updates that change none of them, and goes with its work order; and over a whole fixture of
// histories it holds exactly what computing the hours from the work orders gives.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { atHour as at, bareWorkOrder, buildFixture, T0, type Fixture } from "./reports-fixture";

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture();
});

const row = (workOrderId: string) => db().workOrderSpeed.findUnique({ where: { workOrderId } });
const hours = async (workOrderId: string) => {
  const r = await row(workOrderId);
  return r && [r.responseHours, r.scheduleHours, r.completeHours, r.closeHours];
};

describe("each work order's speed clocks", () => {
  it("appear with the work order and follow each clock as it stops", async () => {
    const w = await bareWorkOrder(fx, "Speed clocks");
    expect(await row(w.id)).toMatchObject({
      orgId: fx.org.id,
      propertyId: fx.p1.id,
      categoryId: fx.plumbing.id,
      priority: "ROUTINE",
      vendorId: null,
      createdAt: T0,
    });
    expect(await hours(w.id)).toEqual([null, null, null, null]);
    await db().workOrder.update({ where: { id: w.id }, data: { firstResponseAt: at(1.5) } });
    expect(await hours(w.id)).toEqual([1.5, null, null, null]);
    // The visit is first booked by a STATUS_CHANGED event (its own trigger sets scheduledAt).
    await db().workOrderEvent.create({
      data: {
        workOrderId: w.id,
        actorLabel: "Test",
        type: "STATUS_CHANGED",
        fromStatus: "ASSIGNED",
        toStatus: "SCHEDULED",
        createdAt: at(6),
      },
    });
    expect(await hours(w.id)).toEqual([1.5, 6, null, null]);
    await db().workOrder.update({ where: { id: w.id }, data: { completedAt: at(30.25) } });
    await db().workOrder.update({ where: { id: w.id }, data: { closedAt: at(48) } });
    expect(await hours(w.id)).toEqual([1.5, 6, 30.25, 48]);
    // A reopen clears the stopped clocks.
    await db().workOrder.update({ where: { id: w.id }, data: { completedAt: null, closedAt: null } });
    expect(await hours(w.id)).toEqual([1.5, 6, null, null]);
  });

  it("follows the work order's keys and creation, ignores other changes, and goes with it", async () => {
    const w = await bareWorkOrder(fx, "Speed keys");
    await db().workOrder.update({ where: { id: w.id }, data: { completedAt: at(10) } });
    await db().workOrder.update({
      where: { id: w.id },
      data: { vendorId: fx.v1.id, priority: "URGENT", propertyId: fx.p2.id, categoryId: fx.hvac.id },
    });
    expect(await row(w.id)).toMatchObject({
      vendorId: fx.v1.id,
      priority: "URGENT",
      propertyId: fx.p2.id,
      categoryId: fx.hvac.id,
      completeHours: 10,
    });
    // Created two hours earlier: every clock that has stopped is two hours longer.
    await db().workOrder.update({ where: { id: w.id }, data: { createdAt: at(-2) } });
    expect(await row(w.id)).toMatchObject({ createdAt: at(-2), completeHours: 12 });
    const before = await row(w.id);
    await db().workOrder.update({
      where: { id: w.id },
      data: { description: "Speed keys, edited", holdReason: "WAITING_FOR_PARTS" },
    });
    expect(await row(w.id)).toEqual(before);
    await db().workOrder.delete({ where: { id: w.id } });
    expect(await row(w.id)).toBeNull();
  });

  it("takes many work orders in one statement", async () => {
    const base = {
      orgId: fx.org.id,
      propertyId: fx.p1.id,
      unitId: fx.u1a.id,
      categoryId: fx.plumbing.id,
      tenantSeverity: "ROUTINE" as const,
      priority: "ROUTINE" as const,
    };
    const ids = ["speed-many-1", "speed-many-2", "speed-many-3"];
    await db().workOrder.createMany({
      data: ids.map((id, i) => ({
        ...base,
        id,
        description: `Many ${i}`,
        createdAt: T0,
        firstResponseAt: at(i + 1),
        completedAt: i === 2 ? null : at(24 * (i + 1)),
      })),
    });
    expect(await Promise.all(ids.map(hours))).toEqual([
      [1, null, 24, null],
      [2, null, 48, null],
      [3, null, null, null],
    ]);
  });

  it("hold, for every work order of the fixture, exactly the hours computed from the work order", async () => {
    const [diff] = await db().$queryRaw<{ n: number; differ: number }[]>`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE s."workOrderId" IS NULL OR
        (s."orgId", s."propertyId", s."categoryId", s.priority, s."vendorId", s."createdAt",
         s."responseHours", s."scheduleHours", s."completeHours", s."closeHours") IS DISTINCT FROM
        (w."orgId", w."propertyId", w."categoryId", w.priority, w."vendorId", w."createdAt",
         date_part('epoch', w."firstResponseAt" - w."createdAt") / 3600,
         date_part('epoch', w."scheduledAt" - w."createdAt") / 3600,
         date_part('epoch', w."completedAt" - w."createdAt") / 3600,
         date_part('epoch', w."closedAt" - w."createdAt") / 3600))::int AS differ
      FROM "WorkOrder" w LEFT JOIN "WorkOrderSpeed" s ON s."workOrderId" = w.id`;
    expect(diff.n).toBeGreaterThan(10);
    expect(diff.differ).toBe(0);
    const [orphans] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "WorkOrderSpeed"`;
    expect(orphans.n).toBe(diff.n);
  });
});
