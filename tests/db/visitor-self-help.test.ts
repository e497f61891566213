// "This fixed it" on a property's QR form (issue 18): a visitor's answer is counted for the
// property's organisation and unit, with no person behind it; emergencies are refused; an unknown
// form counts nothing; one client address cannot stuff the figures.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordSelfHelp, VISITOR_SELF_HELP_PER_HOUR } from "@/lib/work-orders/record-self-help";
import { seedDemo } from "@/prisma/seed";

const now = new Date("2026-12-01T15:00:00Z");
let electrical: string, unitId: string, foreignUnit: string, orgId: string;
beforeAll(async () => {
  await seedDemo(db(), now);
  electrical = (await db().category.findFirstOrThrow({ where: { name: "Electrical" } })).id;
  const maple = await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } });
  orgId = maple.orgId;
  unitId = maple.units[0].id;
  foreignUnit = (await db().unit.findFirstOrThrow({ where: { property: { slug: "oak-terrace" } } })).id;
});

const visitorSays = (over: Partial<{ unitId: string; address: string; description: string; slug: string }> = {}) =>
  recordSelfHelp({
    visitor: {
      propertySlug: over.slug ?? "maple-court",
      unitId: over.unitId ?? unitId,
      address: over.address ?? "203.0.113.7",
    },
    categoryId: electrical,
    description: over.description ?? "Outlet dead, reset the breaker and it works",
    severity: "ROUTINE",
    now,
  });

describe("a visitor's 'this fixed it'", () => {
  it("is counted for the property's organisation and the unit chosen, with nobody's name", async () => {
    await visitorSays();
    expect(await db().selfHelpOutcome.findMany({ where: { userId: null, unitId } })).toEqual([
      expect.objectContaining({ orgId, categoryId: electrical, unitId, userId: null, createdAt: now }),
    ]);
  });

  it("does not attach another property's unit", async () => {
    await visitorSays({ unitId: foreignUnit, address: "203.0.113.8" });
    expect(await db().selfHelpOutcome.count({ where: { unitId: foreignUnit } })).toBe(0);
    expect(await db().selfHelpOutcome.count({ where: { userId: null, unitId: null } })).toBe(1);
  });

  it("refuses an emergency and an unknown form, counting nothing", async () => {
    const before = await db().selfHelpOutcome.count();
    await expect(visitorSays({ description: "Sparks and a burning smell from the outlet" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(visitorSays({ slug: "no-such-place" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().selfHelpOutcome.count()).toBe(before);
  });

  it(`takes ${VISITOR_SELF_HELP_PER_HOUR} answers an hour from one address; another address is not held up`, async () => {
    const address = "198.51.100.20";
    for (let i = 0; i < VISITOR_SELF_HELP_PER_HOUR; i++) await visitorSays({ address });
    await expect(visitorSays({ address })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(visitorSays({ address: "198.51.100.21" })).resolves.toBeTruthy();
  });
});
