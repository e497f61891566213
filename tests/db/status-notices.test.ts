// Who hears about a status change, in the same transaction: the tenant (who, then when) in their
// language by their channel; the vendor (new job, visit booked or moved, job taken away). Once each.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana] = await Promise.all(["tenant@fixwell.example", "dana.reyes@fixwell.example"].map(actorFor));
  await db().user.update({ where: { id: tenant.userId }, data: { locale: "es" } });
});

const vendor = (company: string) => db().vendor.findFirstOrThrow({ where: { company } });
const sent = (
  workOrderId: string,
  template: string,
  channel: "EMAIL" | "SMS" | undefined = template.startsWith("vendor-") ? "EMAIL" : undefined,
) => db().outboxMessage.findMany({ where: { workOrderId, template, channel }, orderBy: { createdAt: "asc" } });

describe("status notices", () => {
  it("assign, schedule, reschedule and reassign tell the right people once, the tenant in Spanish", async () => {
    const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
    let wo: { id: string; trackingNumber: number; version: number } = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        idempotencyKey: "notices-1".padEnd(16, "x"),
        categoryId: plumbing.id,
        severity: "ROUTINE",
        description: "Slow drain in the bathtub",
      },
      locale: "es",
      now: new Date(),
    });
    const [abc, spark] = [await vendor("ABC Plumbing"), await vendor("BrightSpark Electric")];
    wo = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: abc.id },
      now: new Date(),
    });
    const [assigned] = await sent(wo.id, "assigned");
    expect(assigned).toMatchObject({
      channel: "SMS",
      recipient: "+15550200000",
      body: `Harbor Property Management: su solicitud #${wo.trackingNumber} fue asignada a ABC Plumbing.`,
    });
    expect((await sent(wo.id, "vendor-assigned")).map((m) => m.recipient)).toEqual([abc.email]);

    const start = new Date("2026-12-03T14:00:00Z");
    wo = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "SCHEDULED", windowStart: start, windowEnd: new Date(start.getTime() + 3 * 3_600_000) },
      now: new Date(),
    });
    const [scheduled] = await sent(wo.id, "scheduled");
    expect(scheduled.body).toMatch(
      /^Harbor Property Management: cita para #\d+ programada para jue, 3 de dic, 9:00 a\.m\.–12:00 p\.m\. — https:\/\/portal\.fixwell\.test\/requests\/\d+$/,
    );
    wo = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: {
        to: "SCHEDULED",
        windowStart: new Date(start.getTime() + 86_400_000),
        windowEnd: new Date(start.getTime() + 86_400_000 + 7_200_000),
      },
      now: new Date(),
    });
    expect(await sent(wo.id, "scheduled")).toHaveLength(2); // a moved visit is news too
    expect((await sent(wo.id, "vendor-scheduled")).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Visit booked/),
      expect.stringMatching(/^Visit moved/),
    ]);

    wo = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: spark.id, reason: "ABC is booked up" },
      now: new Date(),
    });
    expect((await sent(wo.id, "vendor-withdrawn")).map((m) => [m.recipient, m.subject])).toEqual([
      [abc.email, `Job #${wo.trackingNumber} no longer yours`],
    ]);
    expect((await sent(wo.id, "vendor-assigned")).map((m) => m.recipient)).toEqual([abc.email, spark.email]);
    // Nothing in any of these carries an access code.
    for (const m of await db().outboxMessage.findMany({ where: { workOrderId: wo.id } }))
      expect(m.body).not.toMatch(/4100#|7300/);
  });
});
