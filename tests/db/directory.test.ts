// Directory use cases: scope (a manager of another property gets a 404 and changes nothing), role
// (managers cannot edit vendors or owners), codes encrypted at rest, CSV import all-or-nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { importUnits, previewImport } from "@/lib/directory/import-units";
import { saveOwner } from "@/lib/directory/save-owner";
import { saveProperty } from "@/lib/directory/save-property";
import { saveTenant } from "@/lib/directory/save-tenant";
import { saveUnit } from "@/lib/directory/save-unit";
import { saveVendor } from "@/lib/directory/save-vendor";
import { tenantSchema, vendorSchema } from "@/lib/directory/schemas";
import { seedDemo } from "@/prisma/seed";
import { es } from "@/lib/i18n/messages/es";
import { translator, type T } from "@/lib/i18n/translate";
import { english } from "../support/english";
import { actorFor } from "./actors";

const now = new Date();

let admin: Actor, dana: Actor, sam: Actor, maple: string, oak: string;
beforeAll(async () => {
  await seedDemo(db());
  [admin, dana, sam] = await Promise.all(
    ["admin@fixwell.example", "dana.reyes@fixwell.example", "sam.wolfe@fixwell.example"].map(actorFor),
  );
  maple = (await db().property.findUniqueOrThrow({ where: { slug: "maple-court" } })).id;
  oak = (await db().property.findUniqueOrThrow({ where: { slug: "oak-terrace" } })).id;
});

const tenantInput = (unitId: string, patch: Record<string, unknown> = {}) =>
  tenantSchema.parse({
    name: "Nia Frost",
    email: "nia.frost@tenants.example",
    phone: "",
    unitId,
    contactMethod: "EMAIL",
    permissionToEnter: "on",
    pets: "",
    preferredTimes: "",
    gateCode: "8842#",
    lockboxCode: "",
    ...patch,
  });

describe("scope and roles", () => {
  it("Sam cannot edit Dana's property, units or tenants: 404 and nothing changes", async () => {
    const before = await db().property.findUniqueOrThrow({ where: { id: maple }, include: { units: true } });
    const input = { name: "Renamed", address: "x", slug: "renamed" };
    await expect(saveProperty({ now, actor: sam, propertyId: maple, input })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveUnit({ now, actor: sam, propertyId: maple, unitId: before.units[0].id, input: { label: "ZZ" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const profile = await db().tenantProfile.findFirstOrThrow({ where: { unit: { propertyId: maple } } });
    await expect(
      saveTenant({ now, actor: sam, tenantId: profile.id, input: tenantInput(before.units[0].id) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Sam's own tenant moved into Dana's unit: refused as an unknown unit.
    const samsProfile = await db().tenantProfile.findFirstOrThrow({
      where: { unit: { propertyId: oak } },
      include: { user: true },
    });
    await expect(
      saveTenant({
        now,
        actor: sam,
        tenantId: samsProfile.id,
        input: tenantInput(before.units[0].id, { email: samsProfile.user.email }),
      }),
    ).rejects.toMatchObject({ fieldErrors: { unitId: [expect.any(String)] } });
    await expect(previewImport({ actor: sam, propertyId: maple, csv: "unit\n9Z" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db().property.findUniqueOrThrow({ where: { id: maple }, include: { units: true } })).toEqual(before);
    expect(await db().tenantProfile.findUniqueOrThrow({ where: { id: profile.id } })).toEqual(profile);
  });

  it("a manager cannot edit vendors or owners, or create properties", async () => {
    const input = vendorSchema.parse({
      company: "Sneaky",
      contactName: "S",
      email: "s@x.example",
      capacity: "1",
      categories: [],
    });
    await expect(saveVendor({ now, actor: dana, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveOwner({ now, actor: dana, input: { name: "O", email: "o@x.example" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      saveProperty({ now, actor: dana, input: { name: "New", address: "x", slug: "new-one" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().vendor.count({ where: { company: "Sneaky" } })).toBe(0);
  });

  it("admin saves a vendor with ranked categories and cents", async () => {
    const cat = await db().category.findFirstOrThrow({ where: { name: "HVAC" } });
    const input = vendorSchema.parse({
      company: "CoolCo",
      contactName: "C",
      email: "c@coolco.example",
      hourlyRateCents: "99.90",
      capacity: "3",
      active: "on",
      categories: [{ categoryId: cat.id, rank: "2" }],
    });
    const v = await saveVendor({ now, actor: admin, input });
    expect(await db().vendor.findUniqueOrThrow({ where: { id: v.id }, include: { categories: true } })).toMatchObject({
      hourlyRateCents: 9990,
      categories: [{ categoryId: cat.id, rank: 2 }],
    });
  });
});

describe("tenant codes", () => {
  it("are stored encrypted; blank keeps, a new one replaces, clear removes", async () => {
    const unit = await db().unit.findFirstOrThrow({ where: { propertyId: maple } });
    const p = await saveTenant({ now, actor: dana, input: tenantInput(unit.id, { lockboxCode: "55-66" }) });
    expect(p.gateCodeEnc).not.toContain("8842");
    expect(decrypt(p.gateCodeEnc!)).toBe("8842#");
    const kept = await saveTenant({
      now,
      actor: dana,
      tenantId: p.id,
      input: tenantInput(unit.id, { gateCode: "", pets: "Cat" }),
    });
    expect(kept.gateCodeEnc).toBe(p.gateCodeEnc);
    const replaced = await saveTenant({
      now,
      actor: dana,
      tenantId: p.id,
      input: tenantInput(unit.id, { gateCode: "1111", clearLockboxCode: "on" }),
    });
    expect(decrypt(replaced.gateCodeEnc!)).toBe("1111");
    expect(replaced.lockboxCodeEnc).toBeNull();
    await expect(
      saveTenant({ now, actor: dana, input: tenantInput(unit.id, { email: "tenant@fixwell.example" }) }),
    ).rejects.toMatchObject({ fieldErrors: { email: ["dir.v.emailTaken"] } });
    expect(english("dir.v.emailTaken")).toMatch(/already used/);
  });
});

describe("CSV import", () => {
  const header = "unit,floor,tenant_name,tenant_email,tenant_phone,contact_method";
  const clean = Array.from(
    { length: 300 },
    (_, i) =>
      `B${i},${1 + (i % 9)},Person ${i},person${i}@import.example,+1555030${String(i).padStart(4, "0")},${["sms", "email", "phone"][i % 3]}`,
  );
  const bad = [
    "B0,1,Dup Unit,dupunit@import.example,,email", // unit already on line 2
    "C1,1,Bad Email,not-an-email,,email",
    "C2,1,Taken,tenant@fixwell.example,,email", // Dana's tenant: not Sam's to update
    "C3,1,Fax Person,fax@import.example,,fax",
    "C4,x,Floor Person,floor@import.example,,sms",
  ];

  it("preview shows exactly the 5 bad rows; import refuses and writes nothing", async () => {
    const csv = [header, ...clean, ...bad].join("\r\n");
    const preview = await previewImport({ actor: sam, propertyId: oak, csv });
    expect(preview.rows).toHaveLength(305);
    expect(preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.unit])).toEqual([
      [302, "B0"],
      [303, "C1"],
      [304, "C2"],
      [305, "C3"],
      [306, "C4"],
    ]);
    // The reasons are message keys, read in the reader's language.
    const words = (line: number, t: T) => preview.rows.find((r) => r.line === line)!.errors.map((e) => t(e));
    expect(words(302, english)).toEqual(["Unit B0 is also on line 2: one line per unit."]);
    expect(words(302, translator("es", es))).toEqual([
      "La unidad B0 también está en la línea 2: una línea por unidad.",
    ]);
    expect(words(304, english)).toEqual(["This email is already used by another person."]);
    expect(words(304, translator("es", es))).toEqual(["Otra persona ya usa este correo."]);
    const units = await db().unit.count();
    await expect(importUnits({ now, actor: sam, propertyId: oak, csv })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db().unit.count()).toBe(units);
    expect(await db().user.count({ where: { email: { endsWith: "@import.example" } } })).toBe(0);
  });

  it("a clean file imports everything; importing it again changes nothing", async () => {
    const csv = [header, ...clean].join("\n");
    expect(await importUnits({ now, actor: sam, propertyId: oak, csv })).toEqual({ units: 300, tenants: 300 });
    const count = async () => [
      await db().unit.count({ where: { propertyId: oak } }),
      await db().tenantProfile.count({ where: { unit: { propertyId: oak } } }),
    ];
    const after = await count();
    expect(after).toEqual([310, 310]);
    await importUnits({ now, actor: sam, propertyId: oak, csv });
    expect(await count()).toEqual(after);
    expect(await db().user.findUniqueOrThrow({ where: { email: "person1@import.example" } })).toMatchObject({
      role: "TENANT",
      orgId: sam.orgId,
      contactMethod: "EMAIL",
    });
  });
});
