// Reports from a property's QR code, without an account.
import { beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { intakeLookup } from "@/lib/work-orders/intake-lookup";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";
import { addTenantMessage } from "@/lib/work-orders/add-tenant-message";
import { changeStatus } from "@/lib/work-orders/change-status";
import { linkHolder } from "@/lib/work-orders/link-holder";
import { localEmail, localSms } from "@/lib/outbox/channels";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { seedDemo } from "@/prisma/seed";

let unitId: string, otherPropertyUnitId: string, plumbingId: string;

beforeAll(async () => {
  await seedDemo(db());
  const maple = await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } });
  const oak = await db().property.findUniqueOrThrow({ where: { slug: "oak-terrace" }, include: { units: true } });
  unitId = maple.units.find((u) => u.label === "3C")!.id;
  otherPropertyUnitId = oak.units[0].id;
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
});

const visitor = { propertySlug: "maple-court", name: "Rosa Díaz", email: "rosa@example.com" };
const input = (key: string, unit = () => unitId) => ({
  idempotencyKey: key.padEnd(16, "v"),
  unitId: unit(),
  categoryId: plumbingId,
  severity: "URGENT" as const,
  description: "Se sale el agua del calentador",
});

describe("visitor reports", () => {
  it("create a work order with a tracking link stored only as a hash, emailed encrypted", async () => {
    const wo = await createWorkOrder({ reporter: { visitor }, input: input("visitor-one"), now: new Date() });
    expect(wo.trackingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(wo).toMatchObject({
      reporterId: null,
      reporterName: "Rosa Díaz",
      reporterEmail: "rosa@example.com",
      linked: false,
    });
    const token = await db().actionToken.findFirstOrThrow({ where: { workOrderId: wo.id, purpose: "TRACKING" } });
    expect(token.tokenHash).toBe(sha256(wo.trackingToken!));
    const email = await db().outboxMessage.findFirstOrThrow({
      where: { workOrderId: wo.id, recipient: "rosa@example.com" },
    });
    expect(JSON.stringify(email)).not.toContain(wo.trackingToken!);
    expect(email.secretEnc).toBeTruthy();
    expect((await workOrderByTrackingToken(wo.trackingToken!, new Date()))?.id).toBe(wo.id);
  });

  it("link a second report of an open problem to it, without revealing it", async () => {
    const first = await db().workOrder.findFirstOrThrow({
      where: { idempotencyKey: input("visitor-one").idempotencyKey },
    });
    const second = await createWorkOrder({
      reporter: { visitor: { ...visitor, name: "Neighbour", email: "n@example.com" } },
      input: input("visitor-two"),
      now: new Date(),
    });
    expect(second).toMatchObject({ linked: true, linkedToId: first.id });
  });

  it("refuse a unit of another property than the code's", async () => {
    await expect(
      createWorkOrder({
        reporter: { visitor },
        input: input("visitor-wrong-unit", () => otherPropertyUnitId),
        now: new Date(),
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { unitId: ["v.unit"] },
    });
  });

  it("open nothing with a tampered, unknown or expired tracking token", async () => {
    const wo = await createWorkOrder({
      reporter: { visitor },
      input: {
        ...input("visitor-expiry"),
        categoryId: (await db().category.findFirstOrThrow({ where: { name: "HVAC" } })).id,
      },
      now: new Date(),
    });
    const t = wo.trackingToken!;
    expect(await workOrderByTrackingToken(t.slice(0, -1) + (t.endsWith("A") ? "B" : "A"), new Date())).toBeNull();
    expect(await workOrderByTrackingToken("not-a-token", new Date())).toBeNull();
    const later = new Date(Date.now() + 181 * 86_400_000);
    expect(await workOrderByTrackingToken(t, later)).toBeNull();
  });
});

describe("photos", () => {
  it("are stored re-encoded and listed on the work order", async () => {
    const sharp = (await import("sharp")).default;
    const { processImage } = await import("@/lib/uploads/process-image");
    const { storage } = await import("@/lib/uploads/storage");
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#a33" } })
      .jpeg()
      .withExif({ IFD0: { Make: "PhoneCo" } })
      .toBuffer();
    const photos = [await processImage("one.jpg", jpeg), await processImage("two.jpg", jpeg)];
    const wo = await createWorkOrder({
      reporter: { visitor },
      input: {
        ...input("visitor-photos"),
        categoryId: (await db().category.findFirstOrThrow({ where: { name: "General" } })).id,
      },
      photos,
      now: new Date(),
    });
    const files = await db().attachment.findMany({ where: { workOrderId: wo.id }, orderBy: { fileName: "asc" } });
    expect(files.map((f) => [f.fileName, f.kind, f.contentType, f.width])).toEqual([
      ["one.jpg", "PHOTO", "image/jpeg", 64],
      ["two.jpg", "PHOTO", "image/jpeg", 64],
    ]);
    const stored = await storage().get(files[0].storageKey);
    expect((await sharp(stored!).metadata()).exif).toBeUndefined();
  });
});

describe("the tracking link's holder", () => {
  it("acts as a tenant of that one work order and of nothing else", async () => {
    const wo = await createWorkOrder({
      reporter: { visitor: { ...visitor, propertySlug: "oak-terrace" } },
      input: input("visitor-holder", () => otherPropertyUnitId),
      now: new Date(),
    });
    const holder = await linkHolder(wo.trackingToken!, new Date());
    expect(holder).toMatchObject({
      via: "tracking-link",
      workOrderId: wo.id,
      role: "TENANT",
      name: "Rosa Díaz (tracking link)",
    });
    await addTenantMessage({
      actor: holder,
      trackingNumber: wo.trackingNumber,
      body: "I can leave the door unlocked",
      now: new Date(),
    });
    const event = await db().workOrderEvent.findFirstOrThrow({ where: { workOrderId: wo.id, type: "MESSAGE" } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "Rosa Díaz (tracking link)" });

    const someoneElses = await db().workOrder.findFirstOrThrow({ where: { id: { not: wo.id }, status: "NEW" } });
    await expect(
      addTenantMessage({ actor: holder, trackingNumber: someoneElses.trackingNumber, body: "hello", now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeStatus({
        actor: holder,
        trackingNumber: someoneElses.trackingNumber,
        version: someoneElses.version,
        change: { to: "CANCELLED", reason: "not mine" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Still only a tenant on its own: it cannot assign or complete.
    await expect(
      changeStatus({
        actor: holder,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "COMPLETED", notes: "done" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    await changeStatus({
      actor: holder,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "CANCELLED", reason: "Fixed it myself" },
      now: new Date(),
    });
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).status).toBe("CANCELLED");
  });

  it("is refused for a tampered link", async () => {
    await expect(linkHolder("x".repeat(43), new Date())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the tracking link reaches the visitor", () => {
  it("by email and by text through the outbox, the link erased from the row once sent", async () => {
    const wo = await createWorkOrder({
      reporter: { visitor: { ...visitor, email: "kai@example.com", phone: "+15550199999" } },
      input: input("visitor-reach"),
      now: new Date(),
    });
    const rows = () =>
      db().outboxMessage.findMany({
        where: { workOrderId: wo.id, template: "request-received" },
        orderBy: { channel: "asc" },
      });
    expect((await rows()).map((r) => [r.channel, r.recipient, r.status])).toEqual([
      ["EMAIL", "kai@example.com", "PENDING"],
      ["SMS", "+15550199999", "PENDING"],
    ]);

    expect((await rows()).every((r) => r.secretEnc && !r.body.includes(wo.trackingToken!))).toBe(true);
    await deliverDueMessages(new Date(), { email: localEmail, sms: localSms });
    const [email, sms] = await rows();
    expect([email.status, sms.status, sms.secretEnc]).toEqual(["SENT", "SENT", null]);
    const text = await db().localMessage.findFirstOrThrow({ where: { channel: "SMS", recipient: "+15550199999" } });
    expect(text.text).toBe(
      `Harbor Property Management: we got your request #${wo.trackingNumber}. Follow it: https://portal.fixwell.test/t/${wo.trackingToken}`,
    );
  });
});

describe("the intake lookup's plan", () => {
  it("is kept by name on PostgreSQL's connection (planned once, not per report); the embedded database runs it unnamed", async () => {
    const names = await db().$transaction(async (tx) => {
      const ask = () =>
        intakeLookup(tx, {
          key: "lookup-plan-key-0001",
          unitId,
          categoryId: plumbingId,
          slug: "maple-court",
          orgId: null,
          propertyIds: null,
          tenantUserId: null,
          visitor: true,
          buckets: [],
          now: new Date(),
        });
      const [a, b] = [await ask(), await ask()];
      // The same answer, but for the tracking number each new report draws.
      expect({ ...b, trackingNumber: 0 }).toEqual({ ...a, trackingNumber: 0 });
      expect(b.trackingNumber).toBeGreaterThan(a.trackingNumber!);
      expect(a.place?.id).toBe(unitId);
      return (
        await tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`
      )
        .filter((s) => s.statement.includes("WITH place AS"))
        .map((s) => s.name);
    });
    if (process.env.DATABASE_URL) expect(names).toEqual([expect.stringMatching(/^fx_[0-9a-f]{24}$/)]);
    else expect(names).toEqual([]);
  });
});
