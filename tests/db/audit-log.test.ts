// The audit log (issue 18): changes to settings, the directory and people are recorded by the
// database's triggers, with the actor and the moment of the use case that made them; codes and
// secrets only as "[hidden]"; sign-ins too. Admins read their own organisation's log, filtered and
// paged, and the CSV holds the same entries.
import { beforeAll, describe, expect, it } from "vitest";
import { auditCsv, auditPage, AUDIT_PAGE_SIZE } from "@/lib/audit/reads";
import { parseAuditFilters } from "@/lib/audit/filters";
import { prismaAdapter } from "@/lib/auth/adapter";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { tenantSchema, vendorSchema } from "@/lib/directory/schemas";
import { saveTenant } from "@/lib/directory/save-tenant";
import { saveUnit } from "@/lib/directory/save-unit";
import { saveVendor } from "@/lib/directory/save-vendor";
import { saveOrganization } from "@/lib/settings/save-organization";
import { orgSchema } from "@/lib/directory/schemas";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";
import { shownText } from "../support/shown-text";

let admin: Actor, dana: Actor, adminB: Actor;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  await seedDemo(db());
  const org = await db().organization.create({
    data: { name: "Brightside Lettings", emergencyHotline: "+15550109999" },
  });
  await db().user.create({ data: { orgId: org.id, email: "admin@brightside.example", name: "Blair", role: "ADMIN" } });
  [admin, dana, adminB] = await Promise.all(
    ["admin@fixwell.example", "dana.reyes@fixwell.example", "admin@brightside.example"].map(actorFor),
  );
});

const entriesFor = (entityId: string) => db().auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });

async function csvText(actor: Actor, params: Record<string, string>) {
  let out = "";
  for await (const chunk of auditCsv(actor, parseAuditFilters(params))) out += chunk;
  return out;
}

describe("what is recorded", () => {
  it("a vendor created then edited: who, when (the use case's now), and each field from → to", async () => {
    const input = (patch: Record<string, unknown>) =>
      vendorSchema.parse({
        company: "Audit Electric",
        contactName: "Ada",
        email: "ada@audit.example",
        capacity: "3",
        categories: [],
        ...patch,
      });
    const v = await saveVendor({ actor: admin, input: input({}), now: at("2026-11-02T15:04:05Z") });
    await saveVendor({
      actor: admin,
      vendorId: v.id,
      input: input({ capacity: "5", email: "office@audit.example" }),
      now: at("2026-11-03T09:00:00Z"),
    });
    // Saved again unchanged: nothing to record.
    await saveVendor({
      actor: admin,
      vendorId: v.id,
      input: input({ capacity: "5", email: "office@audit.example" }),
      now: at("2026-11-04T09:00:00Z"),
    });
    const [created, updated, ...rest] = await entriesFor(v.id).then((es) => es.filter((e) => e.entity === "Vendor"));
    expect(rest).toEqual([]);
    expect(created).toMatchObject({
      orgId: admin.orgId,
      actorId: admin.userId,
      action: "created",
      entityLabel: "Audit Electric",
      at: at("2026-11-02T15:04:05Z"),
    });
    expect(created.changes).toMatchObject({ company: { from: null, to: "Audit Electric" }, capacity: { to: 3 } });
    expect(updated).toMatchObject({ action: "updated", actorId: admin.userId, at: at("2026-11-03T09:00:00Z") });
    expect(updated.changes).toEqual({
      capacity: { from: 3, to: 5 },
      email: { from: "ada@audit.example", to: "office@audit.example" },
    });
  });

  it("a tenant's door codes are recorded as changed, never as what they are", async () => {
    const unit = await db().unit.findFirstOrThrow({ where: { propertyId: dana.propertyIds[0] } });
    const input = (gateCode: string) =>
      tenantSchema.parse({
        name: "Cody Gate",
        email: "cody.gate@tenants.example",
        phone: "",
        unitId: unit.id,
        contactMethod: "EMAIL",
        permissionToEnter: "on",
        pets: "",
        preferredTimes: "",
        gateCode,
        lockboxCode: "",
      });
    const p = await saveTenant({ actor: dana, input: input("4417#"), now: at("2026-11-05T10:00:00Z") });
    await saveTenant({ actor: dana, tenantId: p.id, input: input("9930#"), now: at("2026-11-05T11:00:00Z") });
    const profile = (await entriesFor(p.id)).filter((e) => e.entity === "TenantProfile");
    expect(profile.map((e) => e.action)).toEqual(["created", "updated"]);
    expect(profile[0].changes).toMatchObject({ gateCodeEnc: { from: null, to: "[hidden]" } });
    expect(profile[1].changes).toEqual({ gateCodeEnc: { from: "[hidden]", to: "[hidden]" } });
    // What the log says without its random ids and timestamps (where four digits turn up by chance).
    const everything = shownText((await db().auditEntry.findMany()).map((e) => ({ ...e, id: String(e.id) })));
    expect(everything).not.toContain("4417#");
    expect(everything).not.toContain("9930#");
    // The person behind the profile is recorded too, as created by Dana.
    const person = await db().auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: p.userId } });
    expect(person).toMatchObject({ action: "created", actorId: dana.userId, entityLabel: "Cody Gate" });
  });

  it("a change made with no one signed in is the system's", async () => {
    const unit = await db().unit.findFirstOrThrow({ where: { propertyId: dana.propertyIds[0] } });
    await db().unit.update({ where: { id: unit.id }, data: { floor: 9 } });
    const last = await db().auditEntry.findFirstOrThrow({ where: { entityId: unit.id }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ actorId: null, action: "updated", entity: "Unit", orgId: dana.orgId });
    expect(last.changes).toMatchObject({ floor: { to: 9 } });
  });

  it("a sign-in is recorded for the person, at the session's moment", async () => {
    const when = at("2026-11-06T08:30:00Z");
    await prismaAdapter(() => when).createSession!({
      sessionToken: "audit-test-token",
      userId: dana.userId,
      expires: at("2026-11-08T08:30:00Z"),
    });
    const e = await db().auditEntry.findFirstOrThrow({ where: { action: "signed_in", actorId: dana.userId } });
    expect(e).toMatchObject({ entity: "User", entityId: dana.userId, at: when, entityLabel: dana.email });
    expect(JSON.stringify((await db().auditEntry.findMany()).map((e) => ({ ...e, id: String(e.id) })))).not.toContain(
      "audit-test-token",
    );
  });

  it("an organisation's settings: only what changed", async () => {
    const org = await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } });
    const input = orgSchema.parse({
      name: org.name,
      logoUrl: org.logoUrl ?? "",
      brandColor: org.brandColor,
      timeZone: org.timeZone,
      workingDays: org.workingDays.map(String),
      autoCloseDays: "4",
      emergencyHotline: org.emergencyHotline,
      afterHoursInstructions: org.afterHoursInstructions,
      quietHoursStartMinute: "21:00",
      quietHoursEndMinute: "08:00",
      workdayStartMinute: "08:00",
      workdayEndMinute: "17:00",
    });
    await saveOrganization({ actor: admin, input, now: at("2026-11-07T12:00:00Z") });
    const e = await db().auditEntry.findFirstOrThrow({
      where: { entity: "Organization", entityId: admin.orgId },
      orderBy: { id: "desc" },
    });
    expect(e.changes).toEqual({ autoCloseDays: { from: org.autoCloseDays, to: 4 } });
  });
});

describe("who reads it", () => {
  it("a manager is refused; another organisation's admin sees only their own", async () => {
    await expect(auditPage(dana, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(csvText(dana, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const theirs = await auditPage(adminB, {});
    expect(theirs.rows.length).toBeGreaterThan(0); // their organisation and their admin being created
    const ids = new Set(
      (await db().auditEntry.findMany({ where: { orgId: adminB.orgId } })).map((e) => e.id.toString()),
    );
    expect(theirs.rows.every((r) => ids.has(r.id))).toBe(true);
  });

  it("filters by record, by who (the system too) and by days in the organisation's zone", async () => {
    const vendors = await auditPage(admin, parseAuditFilters({ entity: "Vendor" }));
    expect(vendors.rows.length).toBeGreaterThan(0);
    expect(vendors.rows.every((r) => r.entity === "Vendor")).toBe(true);
    const byDana = await auditPage(admin, parseAuditFilters({ actor: dana.userId }));
    expect(byDana.rows.length).toBeGreaterThan(0);
    expect(byDana.rows.every((r) => r.actorId === dana.userId && r.actorName === "Dana Reyes")).toBe(true);
    const system = await auditPage(admin, parseAuditFilters({ actor: "system" }));
    expect(system.rows.every((r) => r.actorId === null)).toBe(true);
    // 2026-11-05 in New York: 10:00 and 11:00 UTC are 05:00 and 06:00 that day; 2026-11-02 15:04 UTC is the 2nd.
    const fifth = await auditPage(admin, parseAuditFilters({ from: "2026-11-05", to: "2026-11-05" }));
    expect(fifth.rows.length).toBeGreaterThan(0);
    expect(fifth.rows.every((r) => r.at >= at("2026-11-05T05:00:00Z") && r.at < at("2026-11-06T05:00:00Z"))).toBe(true);
    expect(fifth.rows.some((r) => r.entity === "TenantProfile")).toBe(true);
    expect(fifth.rows.some((r) => r.entity === "Vendor")).toBe(false);
  });

  it("pages newest first without repeats, and the CSV has every entry of the filter, a line per field", async () => {
    const unit = await db().unit.findFirstOrThrow({ where: { propertyId: admin.propertyIds[0] } });
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await saveUnit({
        actor: admin,
        propertyId: unit.propertyId,
        unitId: unit.id,
        input: { label: unit.label, floor: 100 + i },
        now: at("2026-11-09T12:00:00Z"),
      });
    const filter = { entity: "Unit", actor: admin.userId };
    const first = await auditPage(admin, parseAuditFilters(filter));
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await auditPage(admin, parseAuditFilters({ ...filter, before: first.next! }));
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(all.map((r) => BigInt(r.id))).toEqual([...all.map((r) => BigInt(r.id))].sort((a, b) => (a > b ? -1 : 1)));
    expect(all[0].changes).toEqual([
      { field: "floor", from: 100 + AUDIT_PAGE_SIZE + 3, to: 100 + AUDIT_PAGE_SIZE + 4 },
    ]);

    const csv = await csvText(admin, filter);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,at_utc,actor_id,actor,action,record,record_id,record_name,field,from,to");
    expect(lines).toHaveLength(1 + all.length);
    expect(lines[1]).toBe(
      [all[0].id, "2026-11-09T12:00:00.000Z", admin.userId, admin.name, "updated", "Unit", unit.id, unit.label]
        .concat(["floor", String(100 + AUDIT_PAGE_SIZE + 3), String(100 + AUDIT_PAGE_SIZE + 4)])
        .join(","),
    );
  });
});
