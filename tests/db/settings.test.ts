// Settings use cases: admin only (a manager is refused and nothing changes), SLA targets, category
// order and activation, holidays, on-call chain, auto-assignment rules.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { orgSchema } from "@/lib/directory/schemas";
import { saveAutoAssignRule } from "@/lib/settings/save-auto-assign-rule";
import { moveCategory, saveCategory, setCategoryActive } from "@/lib/settings/save-category";
import { saveHolidays } from "@/lib/settings/save-holidays";
import { saveOnCall } from "@/lib/settings/save-on-call";
import { saveOrganization } from "@/lib/settings/save-organization";
import { saveSlaTarget } from "@/lib/settings/save-sla-target";
import { english } from "../support/english";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

/** The English words a refused save put beside its one field. */
const refusedField = (p: Promise<unknown>) =>
  p.then(
    () => ["accepted"],
    (e: { fieldErrors?: Record<string, Parameters<typeof english>[0][]> }) =>
      Object.values(e.fieldErrors ?? {})
        .flat()
        .map((m) => english(m)),
  );

const now = new Date();
let admin: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db());
  admin = await actorFor("admin@fixwell.example");
  dana = await actorFor("dana.reyes@fixwell.example");
});

const org = orgSchema.parse({
  name: "Harbor PM",
  logoUrl: "",
  brandColor: "#1D4ED8",
  timeZone: "America/Chicago",
  workingDays: ["1", "2", "3", "4", "5", "6"],
  autoCloseDays: "5",
  emergencyHotline: "+1 555 010 9999",
  afterHoursInstructions: "Call the hotline.",
  quietHoursStartMinute: "22:30",
  quietHoursEndMinute: "07:00",
});

describe("settings", () => {
  it("a manager cannot change any setting (FORBIDDEN) and nothing changes", async () => {
    const before = await db().organization.findUniqueOrThrow({
      where: { id: dana.orgId },
      include: { slaTargets: true },
    });
    const cat = await db().category.findFirstOrThrow();
    const vendor = await db().vendor.findFirstOrThrow();
    const refusals = [
      saveOrganization({ actor: dana, now, input: org }),
      saveSlaTarget({
        actor: dana,
        now,
        input: { priority: "URGENT", responseHours: 1, resolutionHours: 2, businessTime: false },
      }),
      saveCategory({ actor: dana, now, input: { name: "Roofing", examples: [], tips: [] } }),
      moveCategory({ actor: dana, now, categoryId: cat.id, direction: "down" }),
      setCategoryActive({ actor: dana, now, categoryId: cat.id, active: false }),
      saveHolidays({ actor: dana, now, text: "2026-12-25 Christmas" }),
      saveOnCall({ actor: dana, now, propertyId: dana.propertyIds[0], contacts: [] }),
      saveAutoAssignRule({ actor: dana, now, input: { categoryId: cat.id, vendorId: vendor.id } }),
    ];
    for (const r of refusals) await expect(r).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await db().organization.findUniqueOrThrow({ where: { id: dana.orgId }, include: { slaTargets: true } }),
    ).toEqual(before);
    expect(await db().autoAssignRule.count()).toBe(0);
  });

  it("admin saves the organisation, an SLA target, holidays and an on-call chain", async () => {
    await saveOrganization({ actor: admin, now, input: org });
    expect(await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } })).toMatchObject({
      brandColor: "#1d4ed8",
      timeZone: "America/Chicago",
      workingDays: [1, 2, 3, 4, 5, 6],
      autoCloseDays: 5,
      quietHoursStartMinute: 1350,
      quietHoursEndMinute: 420,
    });
    await saveSlaTarget({
      actor: admin,
      now,
      input: { priority: "URGENT", responseHours: 2.5, resolutionHours: 36, businessTime: false },
    });
    expect(await db().slaTarget.findFirstOrThrow({ where: { orgId: admin.orgId, priority: "URGENT" } })).toMatchObject({
      responseMinutes: 150,
      resolutionMinutes: 2160,
      businessTime: false,
    });
    await saveHolidays({ actor: admin, now, text: "2026-12-25 Christmas Day\n2027-01-01 New Year" });
    expect((await db().holiday.findMany({ orderBy: { date: "asc" } })).map((h) => h.name)).toEqual([
      "Christmas Day",
      "New Year",
    ]);
    expect(await refusedField(saveHolidays({ actor: admin, now, text: "2026-12-25 Christmas\nDec 25" }))).toEqual([
      "Line 2: write a date and a name, like 2026-12-25 Christmas Day.",
    ]);
    expect(await refusedField(saveHolidays({ actor: admin, now, text: "2026-12-25 A\n2026-12-25 B" }))).toEqual([
      "Each date only once.",
    ]);
    const p = admin.propertyIds[0];
    await saveOnCall({
      actor: admin,
      now,
      propertyId: p,
      contacts: [
        { name: "B", phone: "+15550000002" },
        { name: "A", phone: "+15550000001" },
      ],
    });
    expect(
      (await db().onCallContact.findMany({ where: { propertyId: p }, orderBy: { position: "asc" } })).map((c) => [
        c.position,
        c.name,
      ]),
    ).toEqual([
      [1, "B"],
      [2, "A"],
    ]);
  });

  it("categories: add at the end, move up, deactivate; a duplicate name is refused", async () => {
    const added = await saveCategory({
      actor: admin,
      now,
      input: { name: "Roofing", examples: ["leaks from above"], tips: [], defaultPriority: "URGENT" },
    });
    const order = async () =>
      (await db().category.findMany({ where: { orgId: admin.orgId }, orderBy: { sortOrder: "asc" } })).map(
        (c) => c.name,
      );
    expect((await order()).at(-1)).toBe("Roofing");
    await moveCategory({ actor: admin, now, categoryId: added.id, direction: "up" });
    expect((await order()).slice(-2)).toEqual(["Roofing", "General"]);
    await setCategoryActive({ actor: admin, now, categoryId: added.id, active: false });
    expect((await db().category.findUniqueOrThrow({ where: { id: added.id } })).active).toBe(false);
    await expect(
      saveCategory({ actor: admin, now, input: { name: "plumbing", examples: [], tips: [] } }),
    ).rejects.toMatchObject({ fieldErrors: { name: ["settings.v.categoryClash"] } });
  });

  it("auto-assign rule: saving the same category and scope again replaces it", async () => {
    const cat = await db().category.findFirstOrThrow({ where: { name: "HVAC" } });
    const [v1, v2] = await db().vendor.findMany({ take: 2, orderBy: { company: "asc" } });
    await saveAutoAssignRule({ actor: admin, now, input: { categoryId: cat.id, vendorId: v1.id } });
    await saveAutoAssignRule({ actor: admin, now, input: { categoryId: cat.id, vendorId: v2.id } });
    await saveAutoAssignRule({
      actor: admin,
      now,
      input: { categoryId: cat.id, propertyId: admin.propertyIds[0], vendorId: v1.id },
    });
    const rules = await db().autoAssignRule.findMany({ where: { categoryId: cat.id } });
    expect(rules.map((r) => [r.propertyId, r.vendorId]).sort()).toEqual(
      [
        [admin.propertyIds[0], v1.id],
        [null, v2.id],
      ].sort(),
    );
  });
});
