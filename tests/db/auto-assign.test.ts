// Auto-assignment on intake: property rule before the category-wide one; an inactive, expired or
// full vendor is skipped (work order stays NEW, staff told why); no rule leaves it NEW.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let tenant: Actor, catId: string, propertyId: string, orgId: string, vendorA: string, vendorB: string;
const now = new Date("2026-03-10T14:00:00Z");
let n = 0;

beforeAll(async () => {
  await seedDemo(db());
  tenant = await actorFor("tenant@fixwell.example");
  const unit = await db().unit.findUniqueOrThrow({ where: { id: tenant.unitId! } });
  propertyId = unit.propertyId;
  orgId = tenant.orgId;
  catId = (await db().category.findFirstOrThrow({ where: { name: "Pest control" } })).id;
  const mk = (company: string) =>
    db().vendor.create({
      data: {
        orgId,
        company,
        contactName: "X",
        email: `${company}@v.example`,
        capacity: 2,
        insuranceExpiresAt: new Date("2027-01-01"),
      },
    });
  vendorA = (await mk("PropVendor")).id;
  vendorB = (await mk("OrgVendor")).id;
});

const report = () =>
  createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `auto-assign-${++n}`.padEnd(16, "x"),
      categoryId: catId,
      severity: "ROUTINE",
      description: `Ants in the kitchen again ${n}`,
    },
    now,
  });
const events = (id: string) =>
  db().workOrderEvent.findMany({ where: { workOrderId: id }, orderBy: { createdAt: "asc" } });

describe("auto-assignment on intake", () => {
  it("no rule: stays NEW with no extra event", async () => {
    const wo = await report();
    expect(wo.status).toBe("NEW");
    expect((await events(wo.id)).map((e) => e.type)).toEqual(["CREATED"]);
  });

  it("category-only rule assigns; the property's own rule wins over it", async () => {
    await db().autoAssignRule.create({ data: { orgId, categoryId: catId, vendorId: vendorB } });
    let wo = await report();
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      status: "ASSIGNED",
      vendorId: vendorB,
      firstResponseAt: null,
    });
    await db().autoAssignRule.create({ data: { orgId, categoryId: catId, propertyId, vendorId: vendorA } });
    wo = await report();
    expect(wo).toMatchObject({ status: "ASSIGNED", vendorId: vendorA });
    const ev = (await events(wo.id)).find((e) => e.type === "STATUS_CHANGED")!;
    expect(ev).toMatchObject({
      actorLabel: "System",
      fromStatus: "NEW",
      toStatus: "ASSIGNED",
      details: { vendor: "PropVendor", auto: true },
    });
  });

  it("at capacity: stays NEW, staff-only event says why", async () => {
    // PropVendor has capacity 2 and one open job from the test above: one more fills it.
    expect((await report()).status).toBe("ASSIGNED");
    const wo = await report();
    expect(wo).toMatchObject({ status: "NEW", vendorId: null });
    const ev = (await events(wo.id)).find((e) => e.type === "AUTO_ASSIGN_SKIPPED")!;
    expect(ev.visibility).toBe("STAFF");
    expect(JSON.stringify(ev.details)).toMatch(/at capacity \(2 of 2/);
  });

  it("expired insurance, expired licence or inactive: skipped with the reason", async () => {
    await db().vendor.update({
      where: { id: vendorA },
      data: { capacity: 50, insuranceExpiresAt: new Date("2026-03-01") },
    });
    let wo = await report();
    expect(wo.status).toBe("NEW");
    expect(JSON.stringify((await events(wo.id)).at(-1)!.details)).toMatch(/insurance has expired/);
    await db().vendor.update({
      where: { id: vendorA },
      data: { insuranceExpiresAt: null, licenceExpiresAt: new Date("2026-03-09") },
    });
    wo = await report();
    expect(JSON.stringify((await events(wo.id)).at(-1)!.details)).toMatch(/licence has expired/);
    await db().vendor.update({ where: { id: vendorA }, data: { licenceExpiresAt: null, active: false } });
    wo = await report();
    expect(wo.status).toBe("NEW");
    expect(JSON.stringify((await events(wo.id)).at(-1)!.details)).toMatch(/inactive/);
  });
});
