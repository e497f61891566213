// A manager's priority change recomputes the SLA due times, needs a reason, is logged for staff
// only, and changes nothing on a stale page or for a manager of another property.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { changePriority } from "@/lib/work-orders/change-priority";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { refusal } from "../support/english";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, sam: Actor, plumbingId: string;
beforeAll(async () => {
  await seedDemo(db());
  tenant = await actorFor("tenant@fixwell.example");
  dana = await actorFor("dana.reyes@fixwell.example");
  sam = await actorFor("sam.wolfe@fixwell.example");
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
});

async function routine(key: string) {
  const at = new Date("2026-03-10T14:00:00Z"); // a Tuesday
  return createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: key.padEnd(16, "x"),
      categoryId: plumbingId,
      severity: "ROUTINE",
      description: "Bathroom tap drips slowly",
    },
    now: at,
  });
}

describe("changePriority", () => {
  it("raises to emergency: 4-hour response from when it came in, staff-only event with the reason", async () => {
    const wo = await routine("prio-raise");
    const manager = dana; // Alex's building, Maple Court, is Dana's
    expect(dana.propertyIds).toContain(wo.propertyId);
    const after = await changePriority({
      actor: manager,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      priority: "EMERGENCY",
      reason: "Water is now coming through the ceiling below",
      now: new Date(),
    });
    expect(after.priority).toBe("EMERGENCY");
    expect(after.responseDueAt!.getTime() - wo.createdAt.getTime()).toBe(4 * 3600_000);
    expect(after.version).toBe(wo.version + 1);
    const ev = await db().workOrderEvent.findFirstOrThrow({ where: { workOrderId: wo.id, type: "PRIORITY_CHANGED" } });
    expect(ev).toMatchObject({
      visibility: "STAFF",
      details: { from: "ROUTINE", to: "EMERGENCY", reason: "Water is now coming through the ceiling below" },
    });
  });

  it("refuses without a reason, on a stale version, or for a manager not assigned to the property", async () => {
    const wo = await routine("prio-refuse");
    const [mine, other] = [dana, sam];
    expect(other.propertyIds).not.toContain(wo.propertyId);
    await expect(
      changePriority({
        actor: mine,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        priority: "URGENT",
        reason: " ",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { reason: ["v.reason"] } });
    expect(
      await refusal(
        changePriority({
          actor: mine,
          trackingNumber: wo.trackingNumber,
          version: wo.version + 5,
          priority: "URGENT",
          reason: "Tenant called again",
          now: new Date(),
        }),
      ),
    ).toMatch(/changed since you opened it/);
    await expect(
      changePriority({
        actor: other,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        priority: "URGENT",
        reason: "Tenant called again",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changePriority({
        actor: tenant,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        priority: "URGENT",
        reason: "I want it sooner",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const row = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(row).toMatchObject({ priority: "ROUTINE", version: wo.version });
  });
});
