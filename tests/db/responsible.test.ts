// The person responsible for each request (issue 18): the property's default at intake on every
// channel, a change by hand within scope (timeline event, the new person told), the queue's filter
// and "Waiting on me", each read back from the database.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { saveDefaultResponsible } from "@/lib/directory/save-default-responsible";
import { bulkUpdate } from "@/lib/work-orders/bulk-update";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { queueCounts, queuePage } from "@/lib/work-orders/queue";
import { parseQueueFilter } from "@/lib/work-orders/queue-filter";
import { scopeFor } from "@/lib/work-orders/scope";
import { setResponsible } from "@/lib/work-orders/set-responsible";
import { QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";
import { seedDemo } from "@/prisma/seed";
import { english } from "../support/english";
import { actorFor } from "./actors";

let dana: Actor, sam: Actor, admin: Actor, tenant: Actor, kai: Actor;
let maple: { id: string; units: { id: string }[] }, oak: { id: string; units: { id: string }[] };
let plumbingId: string;
const now = new Date();

beforeAll(async () => {
  await seedDemo(db());
  [dana, sam, admin, tenant, kai] = await Promise.all(
    [
      "dana.reyes@fixwell.example",
      "sam.wolfe@fixwell.example",
      "admin@fixwell.example",
      "tenant@fixwell.example",
      "tech.kai@fixwell.example",
    ].map(actorFor),
  );
  maple = await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } });
  oak = await db().property.findUniqueOrThrow({ where: { slug: "oak-terrace" }, include: { units: true } });
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing", orgId: dana.orgId } })).id;
});

const input = (key: string, unitId?: string) => ({
  idempotencyKey: key.padEnd(16, "r"),
  unitId,
  categoryId: plumbingId,
  severity: "ROUTINE" as const,
  description: "The bathroom tap drips all night",
});
/** The English of the field error a refusal carries (else of its message). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: { message: string; fieldErrors?: Record<string, string[]> }) =>
      english(Object.values(e.fieldErrors ?? {}).flat()[0] ?? e.message),
  );
const open = (trackingNumber: number) => db().workOrder.findUniqueOrThrow({ where: { trackingNumber } });

describe("at intake", () => {
  it("every channel gives the work order the property's default responsible manager", async () => {
    const byTenant = await createWorkOrder({ reporter: { actor: tenant }, input: input("resp-tenant"), now });
    const byVisitor = await createWorkOrder({
      reporter: { visitor: { propertySlug: "oak-terrace", name: "Rosa Díaz", email: "rosa@example.com" } },
      input: input("resp-visitor", oak.units[1].id),
      now,
    });
    const byStaff = await createWorkOrder({
      reporter: { actor: dana },
      input: input("resp-staff", maple.units[2].id),
      now,
    });
    expect(tenant.unitId && maple.units.some((u) => u.id === tenant.unitId)).toBe(true);
    expect((await open(byTenant.trackingNumber)).responsibleId).toBe(dana.userId);
    expect((await open(byVisitor.trackingNumber)).responsibleId).toBe(sam.userId);
    expect((await open(byStaff.trackingNumber)).responsibleId).toBe(dana.userId);
  });

  it("no default, or a default who may no longer see the property: no one responsible", async () => {
    await saveDefaultResponsible({ now, actor: admin, propertyId: oak.id, userId: null });
    const none = await createWorkOrder({ reporter: { actor: sam }, input: input("resp-none", oak.units[0].id), now });
    expect((await open(none.trackingNumber)).responsibleId).toBeNull();
    // Sam stays the default but is disabled: intake does not hand work to someone who cannot act on it.
    await saveDefaultResponsible({ now, actor: admin, propertyId: oak.id, userId: sam.userId });
    await db().user.update({ where: { id: sam.userId }, data: { disabledAt: now } });
    const gone = await createWorkOrder({ reporter: { actor: admin }, input: input("resp-gone", oak.units[3].id), now });
    expect((await open(gone.trackingNumber)).responsibleId).toBeNull();
    await db().user.update({ where: { id: sam.userId }, data: { disabledAt: null } });
  });

  it("the default is set among those who can see the property, by its managers and admins only", async () => {
    expect(
      await refusal(saveDefaultResponsible({ now, actor: dana, propertyId: maple.id, userId: sam.userId })),
    ).toMatch(/Choose someone from the list/);
    expect(
      await refusal(saveDefaultResponsible({ now, actor: dana, propertyId: maple.id, userId: tenant.userId })),
    ).toMatch(/Choose someone from the list/);
    // Another manager's property is not found; a tenant may not edit the directory at all.
    await expect(
      saveDefaultResponsible({ now, actor: sam, propertyId: maple.id, userId: sam.userId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveDefaultResponsible({ now, actor: tenant, propertyId: maple.id, userId: dana.userId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await saveDefaultResponsible({ now, actor: dana, propertyId: maple.id, userId: admin.userId });
    expect((await db().property.findUniqueOrThrow({ where: { id: maple.id } })).defaultResponsibleId).toBe(
      admin.userId,
    );
    await saveDefaultResponsible({ now, actor: dana, propertyId: maple.id, userId: dana.userId });
  });
});

describe("changing who is responsible", () => {
  const pick = async (actor: Actor) =>
    db().workOrder.findFirstOrThrow({
      where: { ...scopeFor(actor), status: { in: ["NEW", "ASSIGNED", "SCHEDULED"] } },
      orderBy: { trackingNumber: "asc" },
    });

  it("a manager hands it to an admin: a staff event on the timeline, and the admin is told", async () => {
    const wo = await pick(dana);
    await setResponsible({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      responsibleId: admin.userId,
      now,
    });
    const after = await open(wo.trackingNumber);
    expect(after.responsibleId).toBe(admin.userId);
    expect(after.version).toBe(wo.version + 1);
    const event = await db().workOrderEvent.findFirstOrThrow({
      where: { workOrderId: wo.id, type: "RESPONSIBLE_CHANGED" },
    });
    expect(event).toMatchObject({
      actorId: dana.userId,
      visibility: "STAFF",
      details: { from: wo.responsibleId ? "Dana Reyes" : null, to: "Avery Admin" },
    });
    const told = await db().outboxMessage.findMany({
      where: { workOrderId: wo.id, template: "responsible-assigned" },
    });
    expect(told.map((m) => [m.userId, m.channel])).toEqual([[admin.userId, "EMAIL"]]);
    expect(told[0].subject).toBe(`You are now responsible for #${wo.trackingNumber}: ${await categoryPlace(wo.id)}`);

    // Cleared: no one responsible, nobody told, the timeline says so.
    await setResponsible({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: after.version,
      responsibleId: null,
      now,
    });
    expect((await open(wo.trackingNumber)).responsibleId).toBeNull();
    // Both changes carry the same `now`, so the timeline's order between them is not the question here.
    const events = await db().workOrderEvent.findMany({
      where: { workOrderId: wo.id, type: "RESPONSIBLE_CHANGED" },
    });
    expect(events.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { from: wo.responsibleId ? "Dana Reyes" : null, to: "Avery Admin" },
        { from: "Avery Admin", to: null },
      ]),
    );
    expect(events).toHaveLength(2);
    expect(await db().outboxMessage.count({ where: { workOrderId: wo.id, template: "responsible-assigned" } })).toBe(1);
  });

  it("refuses anyone outside the scope, and callers who may not manage the work; nothing changes", async () => {
    const wo = await pick(dana);
    const args = { trackingNumber: wo.trackingNumber, version: wo.version, now };
    const events = await db().workOrderEvent.count({ where: { workOrderId: wo.id } });
    // Sam manages another property: he cannot be chosen, and cannot reach this work order at all.
    expect(await refusal(setResponsible({ ...args, actor: dana, responsibleId: sam.userId }))).toMatch(
      /only active admins and the managers of this property/,
    );
    for (const who of [tenant, kai])
      expect(await refusal(setResponsible({ ...args, actor: dana, responsibleId: who.userId }))).toMatch(
        /Choose someone from the list/,
      );
    await expect(setResponsible({ ...args, actor: sam, responsibleId: sam.userId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const who of [tenant, kai])
      await expect(setResponsible({ ...args, actor: who, responsibleId: dana.userId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    // A stale page changes nothing either.
    await expect(
      setResponsible({ ...args, version: wo.version - 1, actor: dana, responsibleId: admin.userId }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(await open(wo.trackingNumber)).toMatchObject({ responsibleId: wo.responsibleId, version: wo.version });
    expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id } })).toBe(events);
  });

  it("in bulk: each row its own change, one out of scope for the person is skipped and named", async () => {
    const [a, b] = await db().workOrder.findMany({
      where: { ...scopeFor(admin), status: "ASSIGNED", propertyId: { in: [maple.id, oak.id] } },
      orderBy: { propertyId: "asc" },
      distinct: ["propertyId"],
    });
    const [mapleRow, oakRow] = a.propertyId === maple.id ? [a, b] : [b, a];
    await db().workOrder.update({ where: { id: mapleRow.id }, data: { responsibleId: admin.userId } });
    const result = await bulkUpdate({
      actor: admin,
      items: [mapleRow, oakRow].map((r) => ({ trackingNumber: r.trackingNumber, version: r.version })),
      op: { kind: "responsible", responsibleId: dana.userId },
      now,
    });
    expect(result).toEqual({
      updated: [mapleRow.trackingNumber],
      skipped: [{ trackingNumber: oakRow.trackingNumber, why: "bulk.why.outOfScope" }],
    });
    expect(english(result.skipped[0].why)).toBe("that person cannot see its property"); // a key, read in the reader's language
    expect((await open(mapleRow.trackingNumber)).responsibleId).toBe(dana.userId);
    expect((await open(oakRow.trackingNumber)).responsibleId).toBe(oakRow.responsibleId);
  });
});

async function categoryPlace(id: string) {
  const w = await db().workOrder.findUniqueOrThrow({
    where: { id },
    include: { category: true, property: true, unit: true },
  });
  return `${w.category.name}, ${w.property.name} ${w.unit.label}`;
}

describe("the queue", () => {
  const rowsOf = async (actor: Actor, params: Record<string, string>) =>
    (await queuePage(actor, parseQueueFilter(params), now)).rows.map((r) => r.trackingNumber).sort((x, y) => x - y);
  const inScope = (actor: Actor) =>
    db().workOrder.findMany({
      where: { ...scopeFor(actor), status: { in: [...QUEUE_OPEN_STATUSES] } },
      include: { estimates: { select: { status: true } } },
    });
  const numbers = (rows: { trackingNumber: number }[]) => rows.map((r) => r.trackingNumber).sort((x, y) => x - y);

  it("filters by me, no one and one person, and shows each row's responsible person", async () => {
    const rows = await inScope(dana);
    expect(await rowsOf(dana, { responsible: "me" })).toEqual(
      numbers(rows.filter((r) => r.responsibleId === dana.userId)),
    );
    expect(await rowsOf(dana, { responsible: "none" })).toEqual(numbers(rows.filter((r) => !r.responsibleId)));
    expect(await rowsOf(admin, { responsible: dana.userId })).toEqual(
      numbers((await inScope(admin)).filter((r) => r.responsibleId === dana.userId)),
    );
    expect(rows.some((r) => r.responsibleId === dana.userId) && rows.some((r) => !r.responsibleId)).toBe(true);
    const page = (await queuePage(dana, parseQueueFilter({ responsible: "me" }), now)).rows;
    expect(page.every((r) => r.responsible?.name === "Dana Reyes")).toBe(true);
  });

  it("Waiting on me: mine, open, the next move staff's; work on hold for the owner is not; counted", async () => {
    // An estimate the owner must answer (on hold for them) and one the manager decides alone.
    const [forOwner, forManager] = await db().workOrder.findMany({
      where: { ...scopeFor(dana), status: "SCHEDULED", holdReason: null, rescheduleRequestedAt: null },
      orderBy: { trackingNumber: "asc" },
      take: 2,
    });
    for (const w of [forOwner, forManager])
      await db().workOrder.update({ where: { id: w.id }, data: { responsibleId: dana.userId } });
    await addEstimate({
      actor: dana,
      trackingNumber: forOwner.trackingNumber,
      input: { amountCents: 90_000, description: "New boiler" },
      now,
    });
    await addEstimate({
      actor: dana,
      trackingNumber: forManager.trackingNumber,
      input: { amountCents: 9_000, description: "New washer" },
      now,
    });
    expect((await open(forOwner.trackingNumber)).holdReason).toBe("WAITING_FOR_OWNER_APPROVAL");

    const rows = await inScope(dana);
    const mine = rows.filter(
      (r) =>
        r.responsibleId === dana.userId &&
        r.holdReason !== "WAITING_FOR_OWNER_APPROVAL" &&
        (r.status === "NEW" ||
          !!r.rescheduleRequestedAt ||
          r.status === "COMPLETED" ||
          r.estimates.some((e) => e.status === "PENDING")),
    );
    const waiting = await rowsOf(dana, { saved: "mine" });
    expect(waiting).toEqual(numbers(mine));
    expect(waiting).toContain(forManager.trackingNumber);
    expect(waiting).not.toContain(forOwner.trackingNumber);
    expect(mine.some((r) => r.status === "NEW") && mine.some((r) => r.status === "COMPLETED")).toBe(true);
    // Another manager's "Waiting on me" is his own: none of Dana's work.
    const samWaiting = await rowsOf(sam, { saved: "mine" });
    expect(samWaiting.filter((n) => waiting.includes(n))).toEqual([]);
    expect((await queueCounts(dana, parseQueueFilter({}), now)).saved.mine).toBe(mine.length);
  });
});

describe("a property's managers change", () => {
  it("a manager taken off the property stops being its default; one kept, or an admin, stays", async () => {
    const { assignManagers } = await import("@/lib/directory/assign-managers");
    const defaultOf = async () =>
      (await db().property.findUniqueOrThrow({ where: { id: oak.id } })).defaultResponsibleId;
    await saveDefaultResponsible({ now, actor: admin, propertyId: oak.id, userId: sam.userId });
    await assignManagers({ now, actor: admin, propertyId: oak.id, managerIds: [sam.userId, dana.userId] });
    expect(await defaultOf()).toBe(sam.userId);
    await assignManagers({ now, actor: admin, propertyId: oak.id, managerIds: [dana.userId] });
    expect(await defaultOf()).toBeNull();
    await saveDefaultResponsible({ now, actor: admin, propertyId: oak.id, userId: admin.userId });
    await assignManagers({ now, actor: admin, propertyId: oak.id, managerIds: [] });
    expect(await defaultOf()).toBe(admin.userId);
    // Put back as the demo has it.
    await assignManagers({ now, actor: admin, propertyId: oak.id, managerIds: [sam.userId] });
    await saveDefaultResponsible({ now, actor: admin, propertyId: oak.id, userId: sam.userId });
  });
});
