// The tenant's follow-through against a real database: asking for another visit time (and staff
// answering it), and one tenant trying every tenant use case on another tenant's request.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addTenantMessage } from "@/lib/work-orders/add-tenant-message";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { rateWorkOrder } from "@/lib/work-orders/rate-work-order";
import { declineReschedule, requestReschedule } from "@/lib/work-orders/request-reschedule";
import { revealOwnCode } from "@/lib/work-orders/reveal-own-code";
import { seedDemo } from "@/prisma/seed";
import sharp from "sharp";
import { processImage } from "@/lib/uploads/process-image";
import { addPhotos, MAX_TENANT_FILES } from "@/lib/work-orders/add-photos";
import { actorFor } from "./actors";

let alex: Actor, maria: Actor, dana: Actor, categoryId: string, vendorId: string;
const window = { windowStart: new Date("2026-12-01T14:00:00Z"), windowEnd: new Date("2026-12-01T17:00:00Z") };

beforeAll(async () => {
  await seedDemo(db());
  alex = await actorFor("tenant@fixwell.example");
  maria = await actorFor("maria.garcia@tenants.example");
  dana = await actorFor("dana.reyes@fixwell.example");
  categoryId = (await db().category.findFirstOrThrow({ where: { name: "Appliances" } })).id;
  vendorId = (await db().vendor.findFirstOrThrow({ where: { company: "ApplianceDoc" } })).id;
  expect(maria.unitId).not.toBe(alex.unitId);
});

async function scheduledRequest(key: string) {
  const wo = await createWorkOrder({
    reporter: { actor: alex },
    input: {
      idempotencyKey: key.padEnd(16, "x"),
      categoryId,
      severity: "ROUTINE",
      description: "Dishwasher leaves water at the bottom",
    },
    now: new Date(),
  });
  await changeStatus({
    actor: dana,
    trackingNumber: wo.trackingNumber,
    version: 1,
    change: { to: "ASSIGNED", vendorId },
    now: new Date(),
  });
  return changeStatus({
    actor: dana,
    trackingNumber: wo.trackingNumber,
    version: 2,
    change: { to: "SCHEDULED", ...window },
    now: new Date(),
  });
}

const outboxFor = (workOrderId: string, template: string) =>
  db().outboxMessage.findMany({ where: { workOrderId, template } });

describe("asking for another visit time", () => {
  it("records the tenant's times on the timeline, tells the managers, and a new window answers it", async () => {
    const wo = await scheduledRequest("resched-approve");
    await requestReschedule({
      actor: alex,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      times: "Any weekday after 4 pm",
      reason: "Working late shifts",
      now: new Date(),
    });
    const asked = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(asked).toMatchObject({
      status: "SCHEDULED",
      rescheduleTimes: "Any weekday after 4 pm",
      version: wo.version + 1,
      windowStart: window.windowStart,
    });
    const event = await db().workOrderEvent.findFirstOrThrow({
      where: { workOrderId: wo.id, type: "RESCHEDULE_REQUESTED" },
    });
    expect(event).toMatchObject({
      actorId: alex.userId,
      visibility: "PUBLIC",
      details: { times: "Any weekday after 4 pm", reason: "Working late shifts" },
    });
    expect((await outboxFor(wo.id, "reschedule-request")).map((m) => m.recipient)).toEqual([
      "dana.reyes@fixwell.example",
    ]);

    const later = { windowStart: new Date("2026-12-02T21:00:00Z"), windowEnd: new Date("2026-12-02T23:00:00Z") };
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: asked.version,
      change: { to: "SCHEDULED", ...later },
      now: new Date(),
    });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      rescheduleTimes: null,
      rescheduleRequestedAt: null,
      windowStart: later.windowStart,
    });
    const moved = await db().workOrderEvent.findFirstOrThrow({
      where: { workOrderId: wo.id, type: "STATUS_CHANGED" },
      orderBy: { createdAt: "desc" },
    });
    expect(moved.details).toMatchObject({ tenantAsked: "Any weekday after 4 pm" });
  });

  it("staff can keep the booked time with a reason the tenant is sent", async () => {
    const wo = await scheduledRequest("resched-decline");
    await requestReschedule({
      actor: alex,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      times: "Saturday morning",
      now: new Date(),
    });
    await declineReschedule({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version + 1,
      reason: "The vendor does not work weekends",
      now: new Date(),
    });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      rescheduleTimes: null,
      windowStart: window.windowStart,
    });
    expect((await outboxFor(wo.id, "reschedule-declined")).map((m) => [m.recipient, m.body])).toEqual([
      ["tenant@fixwell.example", "The vendor does not work weekends"],
    ]);
    await expect(
      declineReschedule({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: wo.version + 2,
        reason: "again",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ message: "err.noPendingReschedule" });
  });

  it("is refused before a visit is booked and from a stale page", async () => {
    const wo = await createWorkOrder({
      reporter: { actor: alex },
      input: {
        idempotencyKey: "resched-new".padEnd(16, "x"),
        categoryId,
        severity: "LOW",
        description: "Oven light bulb is out",
      },
      now: new Date(),
    });
    await expect(
      requestReschedule({
        actor: alex,
        trackingNumber: wo.trackingNumber,
        version: 1,
        times: "Friday",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ message: "err.rescheduleScheduledOnly" });
    const scheduled = await scheduledRequest("resched-stale");
    await expect(
      requestReschedule({
        actor: alex,
        trackingNumber: scheduled.trackingNumber,
        version: scheduled.version - 1,
        times: "Friday",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(
      await db().workOrderEvent.count({ where: { workOrderId: scheduled.id, type: "RESCHEDULE_REQUESTED" } }),
    ).toBe(0);
  });
});

describe("photos added after reporting", () => {
  it("are stored on the request with an event and a notice, for its tenant only, up to the cap", async () => {
    const wo = await scheduledRequest("more-photos");
    const photo = await processImage(
      "meter.jpg",
      await sharp({ create: { width: 40, height: 30, channels: 3, background: "#123" } })
        .jpeg()
        .toBuffer(),
    );
    await addPhotos({ actor: alex, trackingNumber: wo.trackingNumber, files: [photo], now: new Date() });
    expect(
      await db().attachment.findMany({
        where: { workOrderId: wo.id },
        select: { fileName: true, kind: true, uploadedById: true },
      }),
    ).toEqual([{ fileName: "meter.jpg", kind: "PHOTO", uploadedById: alex.userId }]);
    expect(
      await db().workOrderEvent.findFirstOrThrow({ where: { workOrderId: wo.id, type: "PHOTOS_ADDED" } }),
    ).toMatchObject({ details: { count: 1, names: "meter.jpg" } });
    expect(await outboxFor(wo.id, "tenant-photos")).toHaveLength(1);
    await expect(
      addPhotos({ actor: maria, trackingNumber: wo.trackingNumber, files: [photo], now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addPhotos({ actor: dana, trackingNumber: wo.trackingNumber, files: [photo], now: new Date() }),
    ).rejects.toMatchObject({ code: "ROLE_NOT_ALLOWED" });
    await expect(
      addPhotos({
        actor: alex,
        trackingNumber: wo.trackingNumber,
        files: Array(MAX_TENANT_FILES).fill(photo),
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db().attachment.count({ where: { workOrderId: wo.id } })).toBe(1);
  });
});

describe("a tenant's own saved codes", () => {
  it("are read back only for the signed-in tenant's own profile", async () => {
    expect(await revealOwnCode(alex, "gateCode")).toBe("4100#");
    expect(await revealOwnCode(alex, "lockboxCode")).toBe("7300");
    expect(await revealOwnCode(maria, "gateCode")).toBe("4101#");
    expect(await revealOwnCode(maria, "lockboxCode")).toBeNull(); // none saved
    expect(await revealOwnCode(dana, "gateCode")).toBeNull(); // staff reveal through the logged vault, not this
  });
});

describe("one tenant against another's request", () => {
  it("every tenant use case answers 'not found' and changes nothing", async () => {
    const wo = await scheduledRequest("foreign-tenant");
    const before = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    const n = wo.trackingNumber;
    const attempts: [string, () => Promise<unknown>][] = [
      ["message", () => addTenantMessage({ actor: maria, trackingNumber: n, body: "let me in", now: new Date() })],
      [
        "reschedule",
        () =>
          requestReschedule({ actor: maria, trackingNumber: n, version: wo.version, times: "now", now: new Date() }),
      ],
      [
        "cancel",
        () =>
          changeStatus({
            actor: maria,
            trackingNumber: n,
            version: wo.version,
            change: { to: "CANCELLED", reason: "not mine" },
            now: new Date(),
          }),
      ],
      [
        "confirm",
        () =>
          changeStatus({
            actor: maria,
            trackingNumber: n,
            version: wo.version,
            change: { to: "CLOSED" },
            now: new Date(),
          }),
      ],
      [
        "reopen",
        () =>
          changeStatus({
            actor: maria,
            trackingNumber: n,
            version: wo.version,
            change: { to: "ASSIGNED", reopen: true, reason: "still broken" },
            now: new Date(),
          }),
      ],
      ["rate", () => rateWorkOrder({ actor: maria, trackingNumber: n, rating: 1, comment: "", now: new Date() })],
    ];
    for (const [name, attempt] of attempts) await expect(attempt(), name).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getWorkOrder(maria, n)).toBeNull();
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toEqual(before);
    expect(await db().message.count({ where: { workOrderId: wo.id } })).toBe(0);
  });
});
