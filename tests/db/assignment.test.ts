// Assigning: an expired insurance blocks the vendor unless a permitted manager overrides with a
// reason (logged for staff); in-house technicians are assignable like vendors; reading a gate
// code is for the property's managers only and the tenant sees who read it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { rankVendors } from "@/lib/work-orders/rank-vendors";
import { revealAccessCode } from "@/lib/work-orders/reveal-access-code";
import { vendorCandidates } from "@/lib/vendors/vendor-candidates";
import { seedDemo } from "@/prisma/seed";
import { english, refusal } from "../support/english";
import { es } from "@/lib/i18n/messages/es";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { translator, type Vars } from "@/lib/i18n/translate";
import { shownText } from "../support/shown-text";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, sam: Actor, plumbingId: string, solid: string, kai: string;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, sam] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "sam.wolfe@fixwell.example"].map(actorFor),
  );
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  solid = (await db().vendor.findFirstOrThrow({ where: { company: "SolidBuild Handyman" } })).id;
  kai = (await db().user.findFirstOrThrow({ where: { email: "tech.kai@fixwell.example" } })).id;
});

const fresh = (key: string) =>
  createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `assign-${key}`.padEnd(16, "x"),
      categoryId: plumbingId,
      severity: "URGENT",
      description: "Toilet keeps running all night",
    },
    now: new Date(),
  });

describe("a vendor whose insurance expired", () => {
  it("is refused with a clear warning, and nothing changes", async () => {
    const wo = await fresh("blocked");
    const text = await refusal(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "ASSIGNED", vendorId: solid },
        now: new Date(),
      }),
    );
    expect(text).toMatch(
      /^SolidBuild Handyman's insurance expired on \d{1,2} \w{3} \d{4}; assigning anyway needs an override\.$/,
    );
    // A Spanish reader is refused in Spanish, the date in Spanish too ("3 nov 2026").
    const spanish = translator("es", es);
    const inSpanish = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: solid },
      now: new Date(),
      locale: "es",
    }).catch((e: { message: MessageKey; vars?: Vars }) => spanish({ key: e.message, vars: e.vars }));
    expect(inSpanish).toMatch(
      /^SolidBuild Handyman: su seguro venció el \d{1,2} [a-z]{3,4}\.? \d{4}; para asignarlo de todos modos hace falta una excepción\.$/,
    );
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      status: "NEW",
      vendorId: null,
      version: wo.version,
    });
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "ASSIGNED", vendorId: solid, override: { reason: " " } },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { overrideReason: [expect.any(String)] } });
    expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id } })).toBe(1);
  });

  it("is assigned with an override and a reason, logged for staff only with what had expired", async () => {
    const wo = await fresh("override");
    const after = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: solid, override: { reason: "Only one free today; renewal is in the post" } },
      now: new Date(),
    });
    expect(after).toMatchObject({ status: "ASSIGNED", vendorId: solid });
    const ev = await db().workOrderEvent.findFirstOrThrow({
      where: { workOrderId: wo.id, type: "ASSIGNMENT_OVERRIDE" },
    });
    expect(ev).toMatchObject({
      visibility: "STAFF",
      actorId: dana.userId,
      details: {
        vendor: "SolidBuild Handyman",
        reason: "Only one free today; renewal is in the post",
        expired: expect.stringMatching(/^insurance expired on /),
        // the date itself, so a timeline words it in its reader's language
        insuranceExpiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    });
    const tenantTypes = (await getWorkOrder(tenant, wo.trackingNumber))!.events.map((e) => e.type);
    expect(tenantTypes).not.toContain("ASSIGNMENT_OVERRIDE");
  });

  it("cannot be overridden by a tenant or a manager of another property", async () => {
    const wo = await fresh("override-no");
    await expect(
      changeStatus({
        actor: sam,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "ASSIGNED", vendorId: solid, override: { reason: "Because" } },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeStatus({
        actor: tenant,
        trackingNumber: wo.trackingNumber,
        version: wo.version,
        change: { to: "ASSIGNED", vendorId: solid, override: { reason: "Because" } },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "ROLE_NOT_ALLOWED" });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      status: "NEW",
      vendorId: null,
    });
  });
});

describe("in-house technicians", () => {
  it("are assigned like vendors; reassigning to a vendor clears the technician", async () => {
    const wo = await fresh("tech");
    const a = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", technicianId: kai },
      now: new Date(),
    });
    expect(a).toMatchObject({ status: "ASSIGNED", technicianId: kai, vendorId: null });
    expect((await getWorkOrder(tenant, wo.trackingNumber))!.events.at(-1)!.details).toMatchObject({
      vendor: "Kai Turner",
    });
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        version: a.version,
        change: { to: "ASSIGNED", technicianId: dana.userId, reason: "Not a technician" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { vendorId: [expect.any(String)] } });
    const abc = (await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } })).id;
    const b = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: a.version,
      change: { to: "ASSIGNED", vendorId: abc, reason: "Needs a licensed plumber" },
      now: new Date(),
    });
    expect(b).toMatchObject({ technicianId: null, vendorId: abc });
  });
});

describe("revealing an access code", () => {
  it("returns the code to the property's manager only, and the tenant sees who viewed which code", async () => {
    const wo = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        idempotencyKey: "assign-reveal".padEnd(16, "x"),
        categoryId: plumbingId,
        severity: "ROUTINE",
        description: "Kitchen tap drips all day",
        access: {
          permissionToEnter: true,
          gateCode: "",
          lockboxCode: "",
          pets: "",
          preferredTimes: "",
          contactMethod: "EMAIL",
          saveToProfile: false,
        },
      },
      now: new Date(),
    });
    expect(
      await revealAccessCode({ actor: dana, trackingNumber: wo.trackingNumber, which: "gate", now: new Date() }),
    ).toBe("4100#");
    await expect(
      revealAccessCode({ actor: sam, trackingNumber: wo.trackingNumber, which: "gate", now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      revealAccessCode({ actor: tenant, trackingNumber: wo.trackingNumber, which: "gate", now: new Date() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seen = (await getWorkOrder(tenant, wo.trackingNumber))!.events.filter((e) => e.type === "CODE_REVEALED");
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      visibility: "PUBLIC",
      actorLabel: "Dana Reyes",
      details: { code: "gate", by: "Dana Reyes" },
    });
    expect(shownText(seen)).not.toContain("4100");
  });
});

describe("suggestions from real data", () => {
  it("counts open jobs, sees a visit at the same property today, and ranks the expired vendor last", async () => {
    const abc = await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } });
    const booked = await fresh("suggest-booked");
    const now = new Date();
    const a = await changeStatus({
      actor: dana,
      trackingNumber: booked.trackingNumber,
      version: booked.version,
      change: { to: "ASSIGNED", vendorId: abc.id },
      now: new Date(),
    });
    const inAnHour = new Date(now.getTime() + 3_600_000);
    await changeStatus({
      actor: dana,
      trackingNumber: booked.trackingNumber,
      version: a.version,
      change: { to: "SCHEDULED", windowStart: now, windowEnd: inAnHour },
      now: new Date(),
    });
    const wo = await fresh("suggest-for");
    const openForAbc = await db().workOrder.count({
      where: { vendorId: abc.id, status: { in: ["ASSIGNED", "SCHEDULED"] } },
    });
    const candidates = await vendorCandidates(dana, wo, now, "UTC");
    const abcRow = candidates.find((c) => c.name === "ABC Plumbing")!;
    expect(abcRow).toMatchObject({ kind: "vendor", categoryRank: 1, openJobs: openForAbc, capacity: 5 });
    // The window runs from now for an hour: in "today" unless the test runs in the last hour of a UTC day.
    if (inAnHour.getUTCDate() === now.getUTCDate()) expect(abcRow.bookedAtPropertyToday).toBe(true);
    expect(abcRow.completionRate).not.toBeNull();
    expect(candidates.find((c) => c.name === "Kai Turner")).toMatchObject({ kind: "technician" });
    const ranked = rankVendors({ candidates, category: "Plumbing", property: "Maple Court", now });
    expect(ranked.at(-1)).toMatchObject({ name: "SolidBuild Handyman" });
    expect(ranked.at(-1)!.blocked?.map((b) => english(b))).toEqual([expect.stringMatching(/^Insurance expired on /)]);
    expect(ranked.filter((r) => r.top)).toHaveLength(1);
  });
});
