// The callback columns kept by triggers (the report_callback_columns migration), whoever writes the
// rows: WorkOrder.nextRequestAt (once completed, the first later request, not cancelled, for the
// same unit and category) and WorkOrder.reopenedAt (the first reopen).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { buildFixture, type Fixture } from "./reports-fixture";

let fx: Fixture;
beforeAll(async () => {
  fx = await buildFixture();
});

const H = 3_600_000;
const T0 = new Date("2026-06-01T12:00:00Z");
const at = (h: number) => new Date(T0.getTime() + h * H);

const request = (h: number, unitId = fx.u1b.id, status: WorkOrderStatus = "NEW", completedH?: number) =>
  db().workOrder.create({
    data: {
      orgId: fx.org.id,
      propertyId: fx.p1.id,
      unitId,
      categoryId: fx.hvac.id,
      tenantSeverity: "ROUTINE",
      priority: "ROUTINE",
      status,
      description: "Callback columns",
      vendorId: fx.v2.id,
      createdAt: at(h),
      completedAt: completedH === undefined ? null : at(completedH),
    },
  });
const next = async (id: string) =>
  (await db().workOrder.findUniqueOrThrow({ where: { id }, select: { nextRequestAt: true } })).nextRequestAt;

describe("WorkOrder.nextRequestAt", () => {
  it("follows later requests as they come, go, are cancelled and restored", async () => {
    const done = await request(0, fx.u1b.id, "COMPLETED", 10);
    expect(await next(done.id)).toBeNull();
    const before = await request(5); // asked before the completion: not a callback
    expect(await next(done.id)).toBeNull();
    const later = await request(100);
    expect(await next(done.id)).toEqual(at(100));
    const sooner = await request(50);
    expect(await next(done.id)).toEqual(at(50));
    await request(20, fx.u1a.id); // another unit: no
    expect(await next(done.id)).toEqual(at(50));
    await db().workOrder.update({ where: { id: sooner.id }, data: { status: "CANCELLED" } });
    expect(await next(done.id)).toEqual(at(100));
    await db().workOrder.update({ where: { id: sooner.id }, data: { status: "NEW" } });
    expect(await next(done.id)).toEqual(at(50));
    await db().workOrder.update({ where: { id: sooner.id }, data: { unitId: fx.u1a.id } }); // moved away
    expect(await next(done.id)).toEqual(at(100));
    await db().workOrder.delete({ where: { id: later.id } });
    expect(await next(done.id)).toBeNull();
    expect(await next(before.id)).toBeNull(); // not completed
  });

  it("is recomputed when the work is completed again later, and cleared when reopened", async () => {
    const w = await request(1000, fx.u1b.id, "COMPLETED", 1010);
    const follow = await request(1020);
    expect(await next(w.id)).toEqual(at(1020));
    await db().workOrder.update({ where: { id: w.id }, data: { status: "ASSIGNED", completedAt: null } });
    expect(await next(w.id)).toBeNull();
    await db().workOrder.update({ where: { id: w.id }, data: { status: "COMPLETED", completedAt: at(1030) } });
    expect(await next(w.id)).toBeNull(); // the follow-up now came before this completion
    await db().workOrder.update({ where: { id: follow.id }, data: { createdAt: at(1040) } });
    expect(await next(w.id)).toEqual(at(1040));
  });

  it("is set for every completed work order of a bulk insert", async () => {
    await db().workOrder.createMany({
      data: [0, 1, 2].map((i) => ({
        orgId: fx.org.id,
        propertyId: fx.p2.id,
        unitId: fx.u2.id,
        categoryId: fx.hvac.id,
        tenantSeverity: "ROUTINE" as const,
        priority: "ROUTINE" as const,
        status: "COMPLETED" as const,
        description: `Bulk ${i}`,
        createdAt: at(2000 + 100 * i),
        completedAt: at(2010 + 100 * i),
      })),
    });
    const rows = await db().workOrder.findMany({
      where: { unitId: fx.u2.id, description: { startsWith: "Bulk" } },
      orderBy: { createdAt: "asc" },
      select: { nextRequestAt: true },
    });
    expect(rows.map((r) => r.nextRequestAt)).toEqual([at(2100), at(2200), null]);
  });
});

describe("WorkOrder.reopenedAt", () => {
  it("is the first reopen event's time", async () => {
    const w = await request(3000, fx.u1a.id, "COMPLETED", 3010);
    const ev = (h: number, from: WorkOrderStatus, to: WorkOrderStatus) =>
      db().workOrderEvent.create({
        data: {
          workOrderId: w.id,
          actorLabel: "T",
          type: "STATUS_CHANGED",
          fromStatus: from,
          toStatus: to,
          createdAt: at(h),
        },
      });
    const reopened = async () =>
      (await db().workOrder.findUniqueOrThrow({ where: { id: w.id }, select: { reopenedAt: true } })).reopenedAt;
    await ev(3005, "NEW", "ASSIGNED");
    expect(await reopened()).toBeNull();
    await ev(3030, "CLOSED", "ASSIGNED");
    await ev(3020, "COMPLETED", "ASSIGNED");
    expect(await reopened()).toEqual(at(3020));
  });
});
