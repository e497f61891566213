// Nothing waits on an owner silently: with two cron ticks at once and a third after, each waiting
// estimate is reminded, escalated to the second contact, handed back to the manager or deemed
// approved exactly once, at the right age (real PostgreSQL).
import { beforeAll, describe, expect, it } from "vitest";
import { addEstimate } from "@/lib/approvals/add-estimate";
import type { Actor } from "@/lib/auth/session";
import { runTick } from "@/lib/cron/tick";
import { db } from "@/lib/db/client";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const HOUR = 3_600_000;
const now = new Date();
let dana: Actor, plumbingId: string;
const est: Record<string, { id: string; workOrderId: string }> = {};

async function waiting(name: string, propertySlug: string, ageHours: number) {
  const unit = await db().unit.findFirstOrThrow({
    where: { property: { slug: propertySlug } },
    orderBy: { label: "asc" },
  });
  const wo = await createWorkOrder({
    reporter: { actor: dana },
    input: {
      idempotencyKey: `own-${name}`.padEnd(16, "x"),
      unitId: unit.id,
      categoryId: plumbingId,
      severity: "ROUTINE",
      description: `Owner case ${name}: boiler`,
    },
    now: new Date(),
  });
  const { estimate } = await addEstimate({
    actor: dana,
    trackingNumber: wo.trackingNumber,
    input: { amountCents: 80_000, description: `New boiler (${name})` },
    now: new Date(),
  });
  await db().costEstimate.update({
    where: { id: estimate.id },
    data: { updatedAt: new Date(now.getTime() - ageHours * HOUR) },
  });
  est[name] = { id: estimate.id, workOrderId: wo.id };
}
const sent = (name: string, template: string) =>
  db().outboxMessage.findMany({ where: { workOrderId: est[name].workOrderId, template } });
const events = (name: string, type: string) =>
  db().workOrderEvent.count({ where: { workOrderId: est[name].workOrderId, type } });

beforeAll(async () => {
  await seedDemo(db());
  dana = await actorFor("dana.reyes@fixwell.example");
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  await db().owner.updateMany({
    where: { name: "Olivia Grant" },
    data: { secondContactEmail: "olivia.assistant@owners.example" },
  });
  await db().owner.updateMany({ where: { name: "Henry Lam" }, data: { deemedApprovedAfterHours: 24 } });
  await waiting("fresh", "maple-court", 10);
  await waiting("reminder", "maple-court", 50);
  await waiting("second", "maple-court", 100);
  await waiting("manager", "maple-court", 200);
  await waiting("deemed", "harbor-view", 30);
});

describe("owner approvals in the cron tick", () => {
  it("remind, escalate, hand back and deem exactly once with overlapping ticks", async () => {
    await Promise.all([runTick(now), runTick(now)]);
    await runTick(now);

    expect(await sent("fresh", "owner-approval-reminder")).toHaveLength(0);
    expect((await sent("reminder", "owner-approval-reminder")).map((m) => m.recipient)).toEqual([
      "olivia.grant@owners.example",
    ]);
    expect((await sent("second", "owner-approval-second-contact")).map((m) => m.recipient)).toEqual([
      "olivia.assistant@owners.example",
    ]);
    expect(await events("reminder", "OWNER_CHASED")).toBe(1);
    expect(await events("second", "OWNER_CHASED")).toBe(1);

    expect(await events("manager", "OWNER_UNANSWERED")).toBe(1);
    expect((await sent("manager", "owner-unanswered")).map((m) => m.recipient)).toEqual(["dana.reyes@fixwell.example"]);
    const back = await db().workOrder.findUniqueOrThrow({ where: { id: est.manager.workOrderId } });
    expect(back).toMatchObject({
      holdReason: "WAITING_FOR_OWNER_APPROVAL",
      holdNote: expect.stringMatching(/has not answered about \$800\.00 in 8 days/),
    });

    const deemed = await db().costApproval.findMany({ where: { estimateId: est.deemed.id } });
    expect(deemed).toMatchObject([{ decision: "APPROVED", deemed: true }]);
    expect((await db().costEstimate.findUniqueOrThrow({ where: { id: est.deemed.id } })).status).toBe("APPROVED");
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: est.deemed.workOrderId } })).holdReason).toBeNull();
    expect(await events("deemed", "OWNER_DEEMED_APPROVED")).toBe(1);
    // Olivia's estimates were never deemed: her agreement does not say so.
    expect(
      await db().costApproval.count({
        where: { estimateId: { in: [est.fresh.id, est.reminder.id, est.second.id, est.manager.id] } },
      }),
    ).toBe(0);
  });

  it("the reminder's link replaces the first one; the second contact's link sits beside the owner's", async () => {
    const live = (name: string) =>
      db().actionToken.count({ where: { estimateId: est[name].id, usedAt: null, revokedAt: null } });
    expect(await live("reminder")).toBe(1);
    expect(await live("second")).toBe(2);
  });
});
