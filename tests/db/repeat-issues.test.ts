// Repeat issues around a work order: the unit's earlier requests in the same category (the
// organisation's look-back, six months by default), and the same vendor back at the unit for the
// same category within its callback window (30 days by default). Scoped.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { changeStatus } from "@/lib/work-orders/change-status";
import { callerOrganization } from "@/lib/work-orders/page-reads";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { DEFAULT_TIMINGS } from "@/lib/timings";
import { repeatIssues } from "@/lib/work-orders/repeat-issues";
import { repeatIssueText } from "@/lib/work-orders/repeat-text";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, sam: Actor, hvac: string, abc: string;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, sam] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "sam.wolfe@fixwell.example"].map(actorFor),
  );
  hvac = (await db().category.findFirstOrThrow({ where: { name: "HVAC" } })).id;
  abc = (await db().vendor.findFirstOrThrow({ where: { company: "Comfort Air HVAC" } })).id;
});

const report = (key: string, at: Date) =>
  createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `repeat-${key}`.padEnd(16, "x"),
      categoryId: hvac,
      severity: "ROUTINE",
      description: "No heat in the bedroom again",
    },
    now: at,
  });

describe("repeatIssues", () => {
  it("finds the unit's earlier requests of the category and a recent visit by the same vendor", async () => {
    // Whatever HVAC history the demo gave this unit is moved out of the window first.
    await db().workOrder.updateMany({
      where: { unitId: tenant.unitId!, categoryId: hvac },
      data: { createdAt: new Date("2020-01-01T00:00:00Z") },
    });
    const now = new Date();
    const day = 86_400_000;
    const old = await report("old", new Date(now.getTime() - 200 * day)); // outside six months
    const first = await report("first", new Date(now.getTime() - 120 * day));
    const second = await report("second", new Date(now.getTime() - 20 * day));
    let v = (
      await changeStatus({
        actor: dana,
        trackingNumber: second.trackingNumber,
        version: second.version,
        change: { to: "ASSIGNED", vendorId: abc },
        now: new Date(),
      })
    ).version;
    await changeStatus({
      actor: dana,
      trackingNumber: second.trackingNumber,
      version: v,
      change: { to: "COMPLETED", notes: "Bled the radiator" },
      now: new Date(now.getTime() - 10 * day),
    });
    const current = await report("current", now);
    v = (
      await changeStatus({
        actor: dana,
        trackingNumber: current.trackingNumber,
        version: current.version,
        change: { to: "ASSIGNED", vendorId: abc },
        now: new Date(),
      })
    ).version;

    const mine = { ...current, vendorId: abc, technicianId: null };
    const found = await repeatIssues(dana, mine, now, DEFAULT_TIMINGS);
    expect(found.earlier.map((w) => w.trackingNumber).sort()).toEqual(
      [first.trackingNumber, second.trackingNumber].sort(),
    );
    expect(found.earlier.map((w) => w.trackingNumber)).not.toContain(old.trackingNumber);
    expect(found.callbacks.map((w) => w.trackingNumber)).toEqual([second.trackingNumber]);
    expect(
      repeatIssueText({ earlier: found.earlier, category: "HVAC", unit: "1A", timeZone: "America/New_York" }),
    ).toMatch(/^3rd HVAC request for unit 1A since \w+$/);

    // The organisation's own look-back and callback window, read as the work order page reads them
    // (callerOrganization): 3 months leaves out the request of 120 days ago, 8 takes in the one of
    // 200; a 7-day window leaves out the completion of 10 days ago.
    const withSettings = async (repeatLookbackMonths: number, callbackWindowDays: number) => {
      await db().organization.update({
        where: { id: dana.orgId },
        data: { repeatLookbackMonths, callbackWindowDays },
      });
      return repeatIssues(dana, mine, now, await callerOrganization(dana));
    };
    try {
      const short = await withSettings(3, 7);
      expect(short.earlier.map((w) => w.trackingNumber)).toEqual([second.trackingNumber]);
      expect(short.callbacks).toEqual([]);
      const long = await withSettings(8, 11);
      expect(long.earlier.map((w) => w.trackingNumber).sort()).toEqual(
        [old.trackingNumber, first.trackingNumber, second.trackingNumber].sort(),
      );
      expect(long.callbacks.map((w) => w.trackingNumber)).toEqual([second.trackingNumber]);
    } finally {
      await withSettings(DEFAULT_TIMINGS.repeatLookbackMonths, DEFAULT_TIMINGS.callbackWindowDays);
    }

    const foreign = await repeatIssues(sam, mine, now, DEFAULT_TIMINGS);
    expect(foreign).toEqual({ earlier: [], callbacks: [] });
  });
});
