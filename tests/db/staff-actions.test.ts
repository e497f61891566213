// The manager's actions on one work order: each changes what it says, refuses a stale page, a
// manager of another property (as if the request did not exist) and a tenant, and changes nothing
// when it refuses.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { acknowledgeWorkOrder } from "@/lib/work-orders/acknowledge";
import { addInternalNote } from "@/lib/work-orders/add-internal-note";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { placeHold } from "@/lib/work-orders/place-hold";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { releaseHold } from "@/lib/work-orders/release-hold";
import { replyToTenant } from "@/lib/work-orders/reply-to-tenant";
import { processFile } from "@/lib/uploads/process-file";
import { seedDemo } from "@/prisma/seed";
import { refusal } from "../support/english";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, sam: Actor, plumbingId: string, abc: string;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, sam] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "sam.wolfe@fixwell.example"].map(actorFor),
  );
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  abc = (await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } })).id;
});

const fresh = (key: string) =>
  createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `staff-${key}`.padEnd(16, "x"),
      categoryId: plumbingId,
      severity: "ROUTINE",
      description: "Bathroom tap drips slowly",
    },
    now: new Date(),
  });
const snapshot = async (id: string) => ({
  row: await db().workOrder.findUniqueOrThrow({ where: { id } }),
  events: await db().workOrderEvent.count({ where: { workOrderId: id } }),
  messages: await db().message.count({ where: { workOrderId: id } }),
});
const assigned = async (key: string) => {
  const wo = await fresh(key);
  return changeStatus({
    actor: dana,
    trackingNumber: wo.trackingNumber,
    version: wo.version,
    change: { to: "ASSIGNED", vendorId: abc },
    now: new Date(),
  });
};

type Run = (actor: Actor, n: number, version: number) => Promise<unknown>;
const cases: [string, Run, (key: string) => Promise<{ id: string; trackingNumber: number; version: number }>][] = [
  [
    "acknowledge",
    (actor, n, version) => acknowledgeWorkOrder({ actor, trackingNumber: n, version, now: new Date() }),
    fresh,
  ],
  [
    "place a hold",
    (actor, n, version) =>
      placeHold({
        actor,
        trackingNumber: n,
        version,
        reason: "WAITING_FOR_PARTS",
        note: "Valve on order",
        now: new Date(),
      }),
    assigned,
  ],
  [
    "reply to the tenant",
    (actor, n, version) =>
      replyToTenant({ actor, trackingNumber: n, version, body: "We will come Thursday", now: new Date() }),
    fresh,
  ],
  [
    "add an internal note",
    (actor, n, version) =>
      addInternalNote({ actor, trackingNumber: n, version, body: "Owner is slow to answer", now: new Date() }),
    fresh,
  ],
  [
    "assign",
    (actor, n, version) =>
      changeStatus({ actor, trackingNumber: n, version, change: { to: "ASSIGNED", vendorId: abc }, now: new Date() }),
    fresh,
  ],
  [
    "schedule",
    (actor, n, version) =>
      changeStatus({
        actor,
        trackingNumber: n,
        version,
        change: {
          to: "SCHEDULED",
          windowStart: new Date("2030-01-02T14:00:00Z"),
          windowEnd: new Date("2030-01-02T17:00:00Z"),
        },
        now: new Date(),
      }),
    assigned,
  ],
  [
    "complete",
    (actor, n, version) =>
      changeStatus({
        actor,
        trackingNumber: n,
        version,
        change: { to: "COMPLETED", notes: "Replaced washer", actualCostCents: 12050 },
        now: new Date(),
      }),
    assigned,
  ],
  [
    "cancel",
    (actor, n, version) =>
      changeStatus({
        actor,
        trackingNumber: n,
        version,
        change: { to: "CANCELLED", reason: "Duplicate report" },
        now: new Date(),
      }),
    assigned,
  ],
];

describe.each(cases)("%s", (name, run, make) => {
  it("refuses a stale page, a manager of another property and a tenant, and changes nothing", async () => {
    const wo = await make(`each-${name.replace(/\W/g, "").slice(0, 10)}`);
    const before = await snapshot(wo.id);
    expect(await refusal(run(dana, wo.trackingNumber, wo.version - 1 || 99))).toMatch(/changed since you opened it/);
    await expect(run(sam, wo.trackingNumber, wo.version)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(run(tenant, wo.trackingNumber, wo.version)).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|ROLE_NOT_ALLOWED/),
    });
    expect(await snapshot(wo.id)).toEqual(before);
    const done = (await run(dana, wo.trackingNumber, wo.version)) as { version: number };
    expect(done.version).toBe(wo.version + 1);
  });
});

describe("acknowledge", () => {
  it("records the first response once, with an event the tenant sees", async () => {
    const wo = await fresh("ack-once");
    const now = new Date("2026-11-24T15:00:00Z");
    const a = await acknowledgeWorkOrder({ actor: dana, trackingNumber: wo.trackingNumber, version: wo.version, now });
    expect(a.firstResponseAt).toEqual(now);
    const b = await acknowledgeWorkOrder({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: a.version,
      now: new Date("2026-11-24T16:00:00Z"),
    });
    expect(b.firstResponseAt).toEqual(now);
    const seen = await getWorkOrder(tenant, wo.trackingNumber);
    expect(seen!.events.filter((e) => e.type === "ACKNOWLEDGED")).toHaveLength(2);
  });
});

describe("hold", () => {
  it("places and releases a hold with public events; a second hold or a release of none is refused", async () => {
    const wo = await assigned("hold-cycle");
    const held = await placeHold({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      reason: "NO_ACCESS",
      note: "Nobody answered the door",
      now: new Date(),
    });
    expect(held).toMatchObject({ holdReason: "NO_ACCESS", holdNote: "Nobody answered the door", status: "ASSIGNED" });
    expect(
      await refusal(
        placeHold({
          actor: dana,
          trackingNumber: wo.trackingNumber,
          version: held.version,
          reason: "OTHER",
          note: "again",
          now: new Date(),
        }),
      ),
    ).toMatch(/already on hold/);
    const released = await releaseHold({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: held.version,
      now: new Date(),
    });
    expect(released).toMatchObject({ holdReason: null, holdNote: null, status: "ASSIGNED" });
    expect(
      await refusal(
        releaseHold({ actor: dana, trackingNumber: wo.trackingNumber, version: released.version, now: new Date() }),
      ),
    ).toMatch(/not on hold/);
    const types = (await getWorkOrder(tenant, wo.trackingNumber))!.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["HOLD_PLACED", "HOLD_RELEASED"]));
    await expect(
      placeHold({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: released.version,
        reason: "OTHER",
        note: "",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { holdNote: [expect.any(String)] } });
  });
});

describe("messages and notes", () => {
  it("a reply reaches the tenant's view and their inbox; an internal note never does", async () => {
    const wo = await fresh("msg-note");
    const replied = await replyToTenant({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      body: "A plumber comes Thursday morning",
      now: new Date(),
    });
    await addInternalNote({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: replied.version,
      body: "Tenant's dog bites: send two people",
      now: new Date(),
    });
    expect(
      await db().message.findMany({
        where: { workOrderId: wo.id },
        select: { body: true, internal: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      { body: "A plumber comes Thursday morning", internal: false },
      { body: "Tenant's dog bites: send two people", internal: true },
    ]);
    // By the channel the tenant chose for the request (text), in their language (issue 18).
    expect(
      await db().outboxMessage.findMany({
        where: { workOrderId: wo.id, template: "staff-reply" },
        select: { channel: true, recipient: true, body: true },
      }),
    ).toEqual([
      { channel: "SMS", recipient: "+15550200000", body: expect.stringContaining("A plumber comes Thursday morning") },
    ]);
    const tenantView = JSON.stringify(await getWorkOrder(tenant, wo.trackingNumber));
    expect(tenantView).toContain("A plumber comes Thursday morning");
    expect(tenantView).not.toContain("dog bites");
    const staffView = JSON.stringify(await getWorkOrder(dana, wo.trackingNumber));
    expect(staffView).toContain("dog bites");
    await expect(
      replyToTenant({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: replied.version + 1,
        body: "  ",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { body: ["v.message"] } });
  });
});

describe("complete, close and reopen", () => {
  it("completes with notes, cost in cents and after photos; closes; reopens as a callback with a reason", async () => {
    const wo = await assigned("complete");
    const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366aa" } })
      .jpeg()
      .toBuffer();
    const photo = await processFile("after.jpg", bytes);
    const done = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "COMPLETED", notes: "New cartridge fitted", actualCostCents: 24050, afterPhotos: [photo] },
      now: new Date(),
    });
    expect(done).toMatchObject({
      status: "COMPLETED",
      completionNotes: "New cartridge fitted",
      actualCostCents: 24050,
    });
    expect(
      await db().attachment.findMany({ where: { workOrderId: wo.id }, select: { stage: true, fileName: true } }),
    ).toEqual([{ stage: "AFTER", fileName: "after.jpg" }]);
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: done.version,
        change: { to: "CLOSED" },
        now: new Date(),
      }),
    ).resolves.toMatchObject({ status: "CLOSED" });
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: done.version + 1,
        change: { to: "ASSIGNED", reopen: true, reason: " " },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { reason: ["v.reason"] } });
    const reopened = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: done.version + 1,
      change: { to: "ASSIGNED", reopen: true, reason: "Dripping again" },
      now: new Date(),
    });
    expect(reopened).toMatchObject({ status: "ASSIGNED", vendorId: abc, closedAt: null, completedAt: null });
  });

  it("refuses to reopen a request closed more than 30 days ago", async () => {
    const wo = await assigned("reopen-late");
    const v = (
      await changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "COMPLETED", notes: "Done" },
        now: new Date(),
      })
    ).version;
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: v,
      change: { to: "CLOSED" },
      now: new Date("2026-01-01T00:00:00Z"),
    });
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: v + 1,
        change: { to: "ASSIGNED", reopen: true, reason: "Back again" },
        now: new Date("2026-02-15T00:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "CALLBACK_WINDOW_PASSED", vars: { days: 30 } });
  });

  it("requires completion notes", async () => {
    const wo = await assigned("complete-notes");
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "COMPLETED", notes: " " },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { notes: [expect.any(String)] } });
  });
});
