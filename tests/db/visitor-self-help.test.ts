// "This fixed it" on a property's QR form (issue 18): a visitor's answer is counted for the
// property and the unit chosen, with no person behind it, and the deflection report counts it for
// the property even with no unit; emergencies are refused; an unknown form counts nothing; one
// client address cannot stuff the figures.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseReportFilters } from "@/lib/reports/filters";
import { reportScope } from "@/lib/reports/scope";
import { tenantsReport } from "@/lib/reports/tenants";
import { recordSelfHelp, VISITOR_SELF_HELP_PER_HOUR } from "@/lib/work-orders/record-self-help";
import { actorFor } from "./actors";
import { seedDemo } from "@/prisma/seed";

const now = new Date("2026-12-01T15:00:00Z");
let electrical: string, unitId: string, foreignUnit: string, orgId: string, mapleId: string;
beforeAll(async () => {
  await seedDemo(db(), now);
  electrical = (await db().category.findFirstOrThrow({ where: { name: "Electrical" } })).id;
  const maple = await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } });
  orgId = maple.orgId;
  mapleId = maple.id;
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
      expect.objectContaining({
        orgId,
        propertyId: mapleId,
        categoryId: electrical,
        unitId,
        userId: null,
        createdAt: now,
      }),
    ]);
  });

  it("does not attach another property's unit", async () => {
    await visitorSays({ unitId: foreignUnit, address: "203.0.113.8" });
    expect(await db().selfHelpOutcome.count({ where: { unitId: foreignUnit } })).toBe(0);
    expect(await db().selfHelpOutcome.count({ where: { userId: null, unitId: null, propertyId: mapleId } })).toBe(1);
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

  it("counts every address of one IPv6 /64 as one address; the next /64 is not held up", async () => {
    // Any IPv6 connection holds a /64: a fresh address per answer must not be a fresh limit.
    const inNet = (i: number) => `2001:db8:1234:5678::${i.toString(16)}`;
    for (let i = 1; i <= VISITOR_SELF_HELP_PER_HOUR; i++) await visitorSays({ address: inNet(i) });
    await expect(visitorSays({ address: inNet(999) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(visitorSays({ address: "[2001:DB8:1234:5678:ffff:1:2:3]" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(visitorSays({ address: "2001:db8:1234:5679::1" })).resolves.toBeTruthy();
  });
});

describe("the deflection report", () => {
  it("counts a visitor's answer for the property even when no unit was chosen, and for no other property", async () => {
    const admin = await actorFor("admin@fixwell.example");
    const scope = await reportScope(admin, now);
    const [maple, oak] = await Promise.all(
      ["maple-court", "oak-terrace"].map((slug) => db().property.findUniqueOrThrow({ where: { slug } })),
    );
    const day = parseReportFilters({ period: "custom", from: "2026-12-01", to: "2026-12-01" }, now, scope.timeZone);
    const fixed = async (propertyId?: string) =>
      (await tenantsReport(scope, { ...day, propertyId }, now)).selfHelp.fixed;
    const before = [await fixed(), await fixed(maple.id), await fixed(oak.id)];
    await recordSelfHelp({
      visitor: { propertySlug: "maple-court", address: "192.0.2.44" },
      categoryId: electrical,
      description: "Outlet dead, reset the breaker and it works",
      severity: "ROUTINE",
      now,
    });
    expect([await fixed(), await fixed(maple.id), await fixed(oak.id)]).toEqual([
      before[0] + 1,
      before[1] + 1,
      before[2],
    ]);
  });
});
