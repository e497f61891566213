// The cron tick against real PostgreSQL: two ticks at the same moment, then a third (a retry),
// over work orders with a visit tomorrow, SLAs at risk and breached, an unacknowledged emergency
// and completions old and new. Each reminder, alert, page, question and auto-close happens once.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/cron/route";
import type { Actor } from "@/lib/auth/session";
import { runTick } from "@/lib/cron/tick";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { zonedToUtc } from "@/lib/time";
import { localDate } from "@/lib/work-orders/sla";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const HOUR = 3_600_000;
const now = new Date();
let tenant: Actor, plumbingId: string;
const wo: Record<string, { id: string; trackingNumber: number }> = {};

async function make(name: string, patch: Prisma.WorkOrderUpdateInput, severity: "ROUTINE" | "EMERGENCY" = "ROUTINE") {
  const created = await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `cron-${name}`.padEnd(16, "x"),
      categoryId: plumbingId,
      severity,
      description: `Cron case ${name}: the tap in the kitchen`,
    },
    now: new Date(),
  });
  wo[name] = await db().workOrder.update({ where: { id: created.id }, data: patch });
}

const outbox = (name: string, template: string) =>
  db().outboxMessage.findMany({ where: { workOrderId: wo[name].id, template } });
const events = (name: string, type: string) =>
  db().workOrderEvent.findMany({ where: { workOrderId: wo[name].id, type } });

beforeAll(async () => {
  await seedDemo(db());
  tenant = await actorFor("tenant@fixwell.example");
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  const unit = await db().unit.findUniqueOrThrow({ where: { id: tenant.unitId! } });
  await db().onCallContact.create({
    data: { propertyId: unit.propertyId, position: 2, name: "Backup on call", phone: "+15550109999" },
  });

  // Quiet hours off here (a test of them follows): texts go whenever the test runs.
  const org = await db().organization.update({
    where: { id: tenant.orgId },
    data: { quietHoursStartMinute: 0, quietHoursEndMinute: 0 },
  });
  const zone = org.timeZone;
  const tomorrow = localDate(new Date(now.getTime() + 24 * HOUR), zone).ymd;
  const h = (n: number) => new Date(now.getTime() + n * HOUR);
  await make("visit", {
    status: "SCHEDULED",
    firstResponseAt: h(-2),
    windowStart: zonedToUtc(`${tomorrow}T10:00`, zone),
    windowEnd: zonedToUtc(`${tomorrow}T12:00`, zone),
  });
  await make("atRisk", { responseAtRiskAt: h(-1), responseDueAt: h(1) });
  await make("breached", { responseAtRiskAt: h(-3), responseDueAt: h(-1) });
  await make(
    "emergency",
    { createdAt: new Date(now.getTime() - 20 * 60_000), responseAtRiskAt: h(2), responseDueAt: h(3) },
    "EMERGENCY",
  );
  await make(
    "acknowledged",
    { createdAt: new Date(now.getTime() - 20 * 60_000), firstResponseAt: h(-0.2) },
    "EMERGENCY",
  );
  await make("weekOld", { status: "COMPLETED", firstResponseAt: h(-300), completedAt: h(-8 * 24) });
  await make("recent", { status: "COMPLETED", firstResponseAt: h(-100), completedAt: h(-2 * 24) });
});

describe("two ticks at once, then a retry", () => {
  it("does each thing exactly once", async () => {
    const [a, b] = await Promise.all([runTick(now), runTick(now)]);
    // Whichever tick got a step's lock did it; the other skipped it.
    for (const step of ["pages", "slaAlerts", "reminders", "resolvedQuestions", "autoClosed"] as const) {
      expect([a[step], b[step]].filter((x) => x === "busy").length, step).toBeLessThanOrEqual(1);
    }
    await runTick(now);

    expect((await outbox("visit", "visit-reminder")).map((m) => [m.channel, m.recipient])).toEqual([
      ["SMS", "+15550200000"],
    ]);
    expect((await outbox("visit", "visit-reminder"))[0].body).toMatch(
      /^Harbor Property Management: reminder, maintenance visit tomorrow .*10:00.*12:00 PM \(#\d+\)\.$/,
    );

    expect((await events("atRisk", "SLA_ALERT")).map((e) => (e.details as { alert: string }).alert)).toEqual([
      "response:at-risk",
    ]);
    expect((await outbox("atRisk", "sla-at-risk")).map((m) => m.recipient)).toEqual(["dana.reyes@fixwell.example"]);
    expect((await events("breached", "SLA_ALERT")).map((e) => (e.details as { alert: string }).alert)).toEqual([
      "response:breached",
    ]);
    expect((await outbox("breached", "sla-breached")).length).toBe(1);

    // 20 minutes unacknowledged: the first contact and the next one, once each.
    expect((await outbox("emergency", "emergency-page")).map((m) => m.recipient).sort()).toEqual([
      "+15550100201",
      "+15550109999",
    ]);
    expect((await events("emergency", "ON_CALL_PAGED")).length).toBe(2);
    expect(await outbox("acknowledged", "emergency-page")).toEqual([]);

    const weekOld = await db().workOrder.findUniqueOrThrow({ where: { id: wo.weekOld.id } });
    expect(weekOld.status).toBe("CLOSED");
    expect((await events("weekOld", "STATUS_CHANGED")).filter((e) => e.toStatus === "CLOSED")).toHaveLength(1);
    expect(await outbox("weekOld", "survey")).toHaveLength(1);
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: wo.recent.id } })).status).toBe("COMPLETED");
    expect(await outbox("recent", "resolved-question")).toHaveLength(1);
    expect(await outbox("recent", "survey")).toHaveLength(0);

    // Delivered by the tick itself, through the local store (no provider keys in tests).
    expect((await outbox("visit", "visit-reminder"))[0].status).toBe("SENT");
  });
});

describe("quiet hours", () => {
  it("hold a routine text until they end; an emergency's text goes at once", async () => {
    const zone = (await db().organization.findUniqueOrThrow({ where: { id: tenant.orgId } })).timeZone;
    const minute =
      Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", hour: "2-digit" }).format(now)) * 60;
    // A quiet spell from this hour to two hours on, whatever the time of the run.
    await db().organization.update({
      where: { id: tenant.orgId },
      data: { quietHoursStartMinute: minute, quietHoursEndMinute: (minute + 120) % 1440 },
    });
    await make("quietRoutine", {
      status: "COMPLETED",
      firstResponseAt: new Date(now.getTime() - 5 * HOUR),
      completedAt: new Date(now.getTime() - HOUR),
    });
    await make(
      "quietEmergency",
      {
        status: "COMPLETED",
        firstResponseAt: new Date(now.getTime() - 5 * HOUR),
        completedAt: new Date(now.getTime() - HOUR),
      },
      "EMERGENCY",
    );
    await runTick(now);
    const [routine] = await outbox("quietRoutine", "resolved-question");
    const [urgent] = await outbox("quietEmergency", "resolved-question");
    expect(routine).toMatchObject({ channel: "SMS", status: "PENDING", attempts: 0 });
    expect(routine.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime() + 60 * 60_000);
    expect(urgent).toMatchObject({ channel: "SMS", status: "SENT" });
    await db().organization.update({
      where: { id: tenant.orgId },
      data: { quietHoursStartMinute: 0, quietHoursEndMinute: 0 },
    });
  });
});

describe("POST /api/cron", () => {
  const call = (authorization?: string) =>
    POST(
      new Request("https://portal.fixwell.test/api/cron", {
        method: "POST",
        headers: authorization ? { authorization } : {},
      }),
    );

  it("refuses a call without the secret, or with a wrong one, and changes nothing", async () => {
    await make("due", {
      status: "COMPLETED",
      firstResponseAt: new Date(now.getTime() - 500 * HOUR),
      completedAt: new Date(now.getTime() - 10 * 24 * HOUR),
    });
    const before = [await db().outboxMessage.count(), await db().workOrderEvent.count()];
    for (const header of [
      undefined,
      "Bearer wrong-secret",
      "cron-secret-for-the-database-tests-0123456789",
      "Bearer cron-secret-for-the-database-tests-012345678",
    ]) {
      const res = await call(header);
      expect(res.status, String(header)).toBe(401);
    }
    expect([await db().outboxMessage.count(), await db().workOrderEvent.count()]).toEqual(before);
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: wo.due.id } })).status).toBe("COMPLETED");

    const ok = await call("Bearer cron-secret-for-the-database-tests-0123456789");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ autoClosed: expect.any(Number) });
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: wo.due.id } })).status).toBe("CLOSED");
  });
});
