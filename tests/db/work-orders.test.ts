// The skeleton's domain against a real database: creation is idempotent, moves follow the table,
// a stale version or a foreign record changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { actorFor } from "./actors";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { recordSelfHelp } from "@/lib/work-orders/record-self-help";
import { addTenantMessage } from "@/lib/work-orders/add-tenant-message";
import { rateWorkOrder } from "@/lib/work-orders/rate-work-order";
import { seedDemo } from "@/prisma/seed";

let tenant: Actor, dana: Actor, sam: Actor, plumbingId: string, vendorId: string;

beforeAll(async () => {
  expect(await seedDemo(db())).toBe(true);
  expect(await seedDemo(db())).toBe(false); // idempotent
  tenant = await actorFor("tenant@fixwell.example");
  dana = await actorFor("dana.reyes@fixwell.example");
  sam = await actorFor("sam.wolfe@fixwell.example");
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  vendorId = (await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } })).id;
});

const input = (key: string, description = "Kitchen sink leaking under the cabinet") => ({
  idempotencyKey: key.padEnd(16, "x"),
  categoryId: plumbingId,
  severity: "URGENT" as const,
  description,
});

describe("demo data", () => {
  it("has what every later screen needs", async () => {
    expect(await db().property.count()).toBe(3);
    expect(await db().unit.count()).toBe(30);
    expect(await db().vendor.count({ where: { insuranceExpiresAt: { lt: new Date() } } })).toBe(1);
    const byStatus = await db().workOrder.groupBy({ by: ["status"], _count: true });
    expect(byStatus.map((s) => s.status).sort()).toEqual([
      "ASSIGNED",
      "CANCELLED",
      "CLOSED",
      "COMPLETED",
      "NEW",
      "SCHEDULED",
    ]);
    expect(await db().workOrder.count()).toBeGreaterThanOrEqual(55);
    const profile = await db().tenantProfile.findFirstOrThrow({ where: { gateCodeEnc: { not: null } } });
    expect(profile.gateCodeEnc).not.toMatch(/^\d+#?$/); // encrypted at rest
  });
});

describe("createWorkOrder", () => {
  it("creates one work order for a double submit, with its event and the manager's notice", async () => {
    const [a, b] = await Promise.all([
      createWorkOrder({ reporter: { actor: tenant }, input: input("double-tap"), now: new Date() }),
      createWorkOrder({ reporter: { actor: tenant }, input: input("double-tap"), now: new Date() }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db().workOrder.count({ where: { idempotencyKey: input("double-tap").idempotencyKey } })).toBe(1);
    expect(await db().workOrderEvent.count({ where: { workOrderId: a.id, type: "CREATED" } })).toBe(1);
    // Once each: the manager by email, and Alex by text (his contact preference) in his language.
    const notices = await db().outboxMessage.findMany({ where: { workOrderId: a.id }, orderBy: { recipient: "asc" } });
    expect(notices.map((n) => [n.template, n.recipient])).toEqual([
      ["request-received", "+15550200000"],
      ["new-request", "dana.reyes@fixwell.example"],
    ]);
    expect(notices[0].body).toBe(
      `Harbor Property Management: we got your request #${a.trackingNumber}. Follow it: https://portal.fixwell.test/requests/${a.trackingNumber}`,
    );
    expect(a.responseDueAt!.getTime() - a.createdAt.getTime()).toBe(24 * 3600_000);
  });

  it("starts at the category's default priority when it is higher than the tenant's severity (a setting)", async () => {
    const hvac = await db().category.findFirstOrThrow({ where: { name: "HVAC" } });
    const saved = hvac.defaultPriority;
    await db().category.update({ where: { id: hvac.id }, data: { defaultPriority: "URGENT" } });
    const raised = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        ...input("hvac-default"),
        categoryId: hvac.id,
        severity: "LOW",
        description: "The thermostat reads two degrees low",
      },
      now: new Date(),
    });
    expect(raised).toMatchObject({ tenantSeverity: "LOW", priority: "URGENT", emergencyDetected: false });
    expect(raised.responseDueAt!.getTime() - raised.createdAt.getTime()).toBe(24 * 3600_000);
    // Without the default, the tenant's severity stands.
    await db().category.update({ where: { id: hvac.id }, data: { defaultPriority: null } });
    const plain = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        ...input("hvac-no-default"),
        categoryId: hvac.id,
        severity: "LOW",
        description: "The thermostat reads two degrees low",
      },
      now: new Date(),
    });
    expect(plain.priority).toBe("LOW");
    await db().category.update({ where: { id: hvac.id }, data: { defaultPriority: saved } });
  });

  it("raises the priority of a described emergency and flags it, never lowering a tenant's choice", async () => {
    const gas = await createWorkOrder({
      reporter: { actor: tenant },
      input: { ...input("gas-smell"), severity: "LOW", description: "I smell gas near the stove in the kitchen" },
      now: new Date(),
    });
    expect(gas).toMatchObject({ tenantSeverity: "LOW", priority: "EMERGENCY", emergencyDetected: true });
    expect(gas.responseDueAt!.getTime() - gas.createdAt.getTime()).toBe(4 * 3600_000);
    const drip = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        ...input("drip-emergency"),
        severity: "EMERGENCY",
        description: "The kitchen faucet is dripping a little",
      },
      now: new Date(),
    });
    expect(drip).toMatchObject({ priority: "EMERGENCY", emergencyDetected: false });
  });

  it("refuses the same key with a different body", async () => {
    await createWorkOrder({ reporter: { actor: tenant }, input: input("reused-key"), now: new Date() });
    await expect(
      createWorkOrder({
        reporter: { actor: tenant },
        input: input("reused-key", "Something else entirely here"),
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });
});

describe("changeStatus", () => {
  it("walks NEW → ASSIGNED → SCHEDULED → COMPLETED → CLOSED with an event per move", async () => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input("full-walk"), now: new Date() });
    const n = wo.trackingNumber;
    let v = (
      await changeStatus({
        actor: dana,
        trackingNumber: n,
        version: 1,
        change: { to: "ASSIGNED", vendorId },
        now: new Date(),
      })
    ).version;
    v = (
      await changeStatus({
        actor: dana,
        trackingNumber: n,
        version: v,
        change: {
          to: "SCHEDULED",
          windowStart: new Date("2030-01-01T14:00:00Z"),
          windowEnd: new Date("2030-01-01T17:00:00Z"),
        },
        now: new Date(),
      })
    ).version;
    v = (
      await changeStatus({
        actor: dana,
        trackingNumber: n,
        version: v,
        change: { to: "COMPLETED", notes: "Fixed" },
        now: new Date(),
      })
    ).version;
    const closed = await changeStatus({
      actor: tenant,
      trackingNumber: n,
      version: v,
      change: { to: "CLOSED" },
      now: new Date(),
    });
    expect(closed).toMatchObject({ status: "CLOSED", vendorId, version: 5 });
    expect(closed.firstResponseAt).not.toBeNull();
    const events = await db().workOrderEvent.findMany({ where: { workOrderId: wo.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.toStatus)).toEqual(["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED"]);
  });

  it.each([
    ["NEW → COMPLETED", () => dana, { to: "COMPLETED", notes: "x" } as const, "TRANSITION_NOT_ALLOWED"],
    ["a tenant assigning", () => tenant, { to: "ASSIGNED", vendorId: "v" } as const, "ROLE_NOT_ALLOWED"],
    ["a manager of other properties", () => sam, { to: "CANCELLED", reason: "nope" } as const, "NOT_FOUND"],
  ])("refuses %s and changes nothing", async (_name, who, change, code) => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input(`refuse-${code}`), now: new Date() });
    await expect(
      changeStatus({ actor: who(), trackingNumber: wo.trackingNumber, version: 1, change, now: new Date() }),
    ).rejects.toMatchObject({ code });
    const after = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(after).toMatchObject({ status: "NEW", version: 1 });
    expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id } })).toBe(1);
  });

  it("asks for a reason to reassign, and records it", async () => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input("reassign-reason"), now: new Date() });
    const other = (await db().vendor.findFirstOrThrow({ where: { company: "BrightSpark Electric" } })).id;
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: 1,
      change: { to: "ASSIGNED", vendorId },
      now: new Date(),
    });
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: 2,
        change: { to: "ASSIGNED", vendorId: other },
        now: new Date(),
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["v.reason"] },
    });
    const moved = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: 2,
      change: { to: "ASSIGNED", vendorId: other, reason: "ABC is booked this week" },
      now: new Date(),
    });
    expect(moved.vendorId).toBe(other);
    const last = await db().workOrderEvent.findFirstOrThrow({
      where: { workOrderId: wo.id },
      orderBy: { createdAt: "desc" },
    });
    expect(last.details).toMatchObject({ reason: "ABC is booked this week", vendor: "BrightSpark Electric" });
  });

  it("refuses a stale version: the second of two concurrent edits is told and overwrites nothing", async () => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input("stale-version"), now: new Date() });
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: 1,
      change: { to: "ASSIGNED", vendorId },
      now: new Date(),
    });
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: 1,
        change: { to: "CANCELLED", reason: "dup" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({
      code: "STALE_VERSION",
      message: "err.STALE_VERSION",
    });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      status: "ASSIGNED",
      version: 2,
    });
  });
});

describe("access information", () => {
  const access = {
    permissionToEnter: true,
    gateCode: "9911#",
    lockboxCode: "",
    pets: "Two cats",
    preferredTimes: "Evenings",
    contactMethod: "SMS" as const,
  };

  it("keeps codes encrypted, falls back to the profile's saved code, and saves to the profile when asked", async () => {
    const before = await db().tenantProfile.findUniqueOrThrow({ where: { userId: tenant.userId } });
    const wo = await createWorkOrder({
      reporter: { actor: tenant },
      input: { ...input("access-save"), access: { ...access, saveToProfile: true } },
      now: new Date(),
    });
    const row = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(row).toMatchObject({
      permissionToEnter: true,
      pets: "Two cats",
      preferredTimes: "Evenings",
      contactMethod: "SMS",
    });
    expect(row.gateCodeEnc).not.toContain("9911");
    expect(decrypt(row.gateCodeEnc!)).toBe("9911#");
    expect(row.lockboxCodeEnc).toBe(before.lockboxCodeEnc); // blank: the saved one stands
    const after = await db().tenantProfile.findUniqueOrThrow({ where: { userId: tenant.userId } });
    expect(decrypt(after.gateCodeEnc!)).toBe("9911#");
    expect(after.pets).toBe("Two cats");
    const rows = await db().$queryRaw<
      { hits: bigint }[]
    >`SELECT count(*) AS hits FROM "WorkOrder" WHERE "gateCodeEnc" LIKE '%9911%' OR "submissionHash" LIKE '%9911%'`;
    expect(Number(rows[0].hits)).toBe(0);
  });

  it("leaves the profile alone when not asked to save", async () => {
    const before = await db().tenantProfile.findUniqueOrThrow({ where: { userId: tenant.userId } });
    await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        ...input("access-nosave"),
        access: { ...access, gateCode: "1234", pets: "A parrot", saveToProfile: false },
      },
      now: new Date(),
    });
    expect(await db().tenantProfile.findUniqueOrThrow({ where: { userId: tenant.userId } })).toEqual(before);
  });
});

describe("recordSelfHelp", () => {
  it("counts a problem solved by a tip, and refuses anything that reads as an emergency", async () => {
    const electrical = (await db().category.findFirstOrThrow({ where: { name: "Electrical" } })).id;
    const tenantPropertyId = (await db().unit.findUniqueOrThrow({ where: { id: tenant.unitId! } })).propertyId;
    await recordSelfHelp({
      actor: tenant,
      categoryId: electrical,
      description: "Outlet dead, reset the breaker",
      severity: "ROUTINE",
      now: new Date(),
    });
    expect(
      await db().selfHelpOutcome.count({
        where: { categoryId: electrical, userId: tenant.userId, unitId: tenant.unitId, propertyId: tenantPropertyId },
      }),
    ).toBe(1);
    await expect(
      recordSelfHelp({
        actor: tenant,
        categoryId: electrical,
        description: "Sparks from the outlet",
        severity: "ROUTINE",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      recordSelfHelp({
        actor: tenant,
        categoryId: electrical,
        description: "",
        severity: "EMERGENCY",
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db().selfHelpOutcome.count({ where: { userId: tenant.userId } })).toBe(1);
  });
});

describe("addTenantMessage", () => {
  it("adds to the tenant's own open request with an event and a notice, and nowhere else", async () => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input("add-message"), now: new Date() });
    await addTenantMessage({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      body: "Now it drips onto the floor too",
      now: new Date(),
    });
    expect(await db().message.count({ where: { workOrderId: wo.id, internal: false, authorId: tenant.userId } })).toBe(
      1,
    );
    expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id, type: "MESSAGE" } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { workOrderId: wo.id, template: "tenant-message" } })).toBe(1);

    const stranger = await actorFor("maria.garcia@tenants.example");
    await expect(
      addTenantMessage({ actor: stranger, trackingNumber: wo.trackingNumber, body: "hello", now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().message.count({ where: { workOrderId: wo.id } })).toBe(1);
  });
});

describe("tenant says not fixed", () => {
  it("reopens completed work to the same vendor with the reason, and nothing else", async () => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input("not-fixed"), now: new Date() });
    let v = (
      await changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: 1,
        change: { to: "ASSIGNED", vendorId },
        now: new Date(),
      })
    ).version;
    v = (
      await changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: v,
        change: { to: "COMPLETED", notes: "Done" },
        now: new Date(),
      })
    ).version;
    const reopened = await changeStatus({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      version: v,
      change: { to: "ASSIGNED", reopen: true, reason: "Still leaking" },
      now: new Date(),
    });
    expect(reopened).toMatchObject({ status: "ASSIGNED", vendorId, completedAt: null });
    await expect(
      changeStatus({
        actor: tenant,
        trackingNumber: wo.trackingNumber,
        version: reopened.version,
        change: { to: "ASSIGNED", reopen: true, reason: "again" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "ROLE_NOT_ALLOWED" });
  });
});

describe("rateWorkOrder", () => {
  it("takes one rating of a closed request", async () => {
    const wo = await createWorkOrder({ reporter: { actor: tenant }, input: input("rate-once"), now: new Date() });
    await expect(
      rateWorkOrder({ actor: tenant, trackingNumber: wo.trackingNumber, rating: 4, comment: "", now: new Date() }),
    ).rejects.toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    let v = (
      await changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: 1,
        change: { to: "ASSIGNED", vendorId },
        now: new Date(),
      })
    ).version;
    v = (
      await changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: v,
        change: { to: "COMPLETED", notes: "Done" },
        now: new Date(),
      })
    ).version;
    await changeStatus({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      version: v,
      change: { to: "CLOSED" },
      now: new Date(),
    });
    await rateWorkOrder({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      rating: 4,
      comment: "Fine",
      now: new Date(),
    });
    await expect(
      rateWorkOrder({ actor: tenant, trackingNumber: wo.trackingNumber, rating: 1, comment: "", now: new Date() }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      rating: 4,
      ratingComment: "Fine",
    });
  });
});
