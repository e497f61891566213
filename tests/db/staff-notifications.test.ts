// Staff choose how they hear from the portal ("My notifications") and hear it in their language:
// the choice is checked and saved on their own row only; managers' notices and SLA alerts follow
// it (texts for emergencies and breaches at any hour, others after quiet hours); an in-house
// technician hears of a new job the same way.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { raiseSlaAlerts } from "@/lib/cron/sla-alerts";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { myNotificationPreferences, updateMyNotificationPreferences } from "@/lib/notifications/staff-preferences";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";
import { english } from "../support/english";

const now = new Date();

let tenant: Actor, dana: Actor, kai: Actor;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, kai] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "tech.kai@fixwell.example"].map(actorFor),
  );
});

const row = (id: string) =>
  db().user.findUniqueOrThrow({
    where: { id },
    select: { contactMethod: true, phone: true, locale: true, smsOptOut: true },
  });
async function refused(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("My notifications", () => {
  it("refuses a tenant and an owner, and changes nothing", async () => {
    const before = await row(tenant.userId);
    const err = await refused(
      updateMyNotificationPreferences({
        now,
        actor: tenant,
        input: { contactMethod: "SMS", phone: "+15550999999", locale: "es" },
      }),
    );
    expect(err.code).toBe("FORBIDDEN");
    expect(await row(tenant.userId)).toEqual(before);
    const owner = await actorFor("olivia.grant@owners.example");
    expect((await refused(myNotificationPreferences(owner))).code).toBe("FORBIDDEN");
  });

  it.each([
    [
      "a number without a country code",
      { contactMethod: "SMS", phone: "555-0100", locale: "en" },
      "phone",
      /international format/,
    ],
    [
      "letters in the number",
      { contactMethod: "BOTH", phone: "+1555CALLME", locale: "en" },
      "phone",
      /international format/,
    ],
    [
      "texts without a number",
      { contactMethod: "SMS", phone: "  ", locale: "en" },
      "phone",
      /Texts need a mobile number/,
    ],
    [
      "a contact method staff do not have",
      { contactMethod: "PHONE", phone: "", locale: "en" },
      "contactMethod",
      /email, texts or both/,
    ],
    ["an unknown language", { contactMethod: "EMAIL", phone: "", locale: "fr" }, "locale", /English or Spanish/],
  ])("refuses %s beside the field and keeps the row", async (_, input, field, message) => {
    const before = await row(dana.userId);
    const err = await refused(updateMyNotificationPreferences({ now, actor: dana, input }));
    expect(err.code).toBe("INVALID_INPUT");
    expect(Object.keys(err.fieldErrors ?? {})).toEqual([field]);
    expect(english(err.fieldErrors![field]![0])).toMatch(message);
    expect(await row(dana.userId)).toEqual(before);
  });

  it("saves the caller's own choice, number normalised to E.164; choosing texts again lifts a STOP", async () => {
    await db().user.update({ where: { id: dana.userId }, data: { smsOptOut: true } });
    await updateMyNotificationPreferences({
      now,
      actor: dana,
      input: { contactMethod: "BOTH", phone: " +1 (555) 010-0777 ", locale: "es" },
    });
    expect(await row(dana.userId)).toEqual({
      contactMethod: "BOTH",
      phone: "+15550100777",
      locale: "es",
      smsOptOut: false,
    });
    expect(await myNotificationPreferences(dana)).toMatchObject({
      email: "dana.reyes@fixwell.example",
      contactMethod: "BOTH",
      phone: "+15550100777",
      locale: "es",
    });
    // Sam's row is untouched: the use case only ever writes the caller's.
    expect(await row((await actorFor("sam.wolfe@fixwell.example")).userId)).toMatchObject({
      contactMethod: "EMAIL",
      locale: "en",
    });
    await updateMyNotificationPreferences({
      now,
      actor: kai,
      input: { contactMethod: "SMS", phone: "+15550100301", locale: "es" },
    });
    expect(await row(kai.userId)).toMatchObject({ contactMethod: "SMS", locale: "es" });
  });
});

describe("staff hear in their language, by their channel", () => {
  // 03:00 in New York: inside the default quiet hours (21:00–08:00).
  const night = new Date("2026-12-02T08:00:00Z");
  const report = (key: string, severity: "EMERGENCY" | "ROUTINE", description: string, now = night) =>
    db()
      .category.findFirstOrThrow({ where: { name: "Plumbing" } })
      .then((c) =>
        createWorkOrder({
          reporter: { actor: tenant },
          input: { idempotencyKey: key.padEnd(16, "x"), categoryId: c.id, severity, description },
          now,
        }),
      );
  const toDana = (workOrderId: string, template: string) =>
    db().outboxMessage.findMany({ where: { workOrderId, template, userId: dana.userId }, orderBy: { channel: "asc" } });

  it("an emergency reaches a Spanish manager who chose both by email and at once by text", async () => {
    const wo = await report("staff-emerg", "EMERGENCY", "Water pouring through the ceiling");
    const [email, sms] = await toDana(wo.id, "new-request");
    expect(email).toMatchObject({
      channel: "EMAIL",
      recipient: "dana.reyes@fixwell.example",
      subject: `Nueva solicitud de emergencia #${wo.trackingNumber}: Plumbing, Maple Court 1A`,
    });
    expect(email.body).toMatch(
      /^Alex Kim informó: Water pouring through the ceiling\n\nhttps:\/\/\S+\/dashboard\/work-orders\/\d+$/,
    );
    expect(sms).toMatchObject({ channel: "SMS", recipient: "+15550100777", subject: null });
    expect(sms.body).toMatch(
      new RegExp(`^Nueva solicitud de emergencia #${wo.trackingNumber}: Plumbing, Maple Court 1A\\. https://`),
    );
    expect(sms.nextAttemptAt.getTime()).toBeLessThanOrEqual(night.getTime() + 1000);
  });

  it("a routine request's text waits for the end of quiet hours; the email does not", async () => {
    const wo = await report("staff-routine", "ROUTINE", "Slow drain in the bathtub");
    const [email, sms] = await toDana(wo.id, "new-request");
    expect(email.subject).toBe(`Nueva solicitud de rutina #${wo.trackingNumber}: Plumbing, Maple Court 1A`);
    expect(sms.nextAttemptAt.toISOString()).toBe("2026-12-02T13:00:00.000Z"); // 08:00 in New York
    // Sam (English, email only) manages Oak Terrace, not Maple Court: he hears nothing of it.
    expect(
      await db().outboxMessage.count({ where: { workOrderId: wo.id, recipient: "sam.wolfe@fixwell.example" } }),
    ).toBe(0);
  });

  it("the organisation's own quiet hours decide: 22:30–07:00 holds a 03:00 text until 07:00; none holds nothing", async () => {
    const orgId = dana.orgId;
    await db().organization.update({
      where: { id: orgId },
      data: { quietHoursStartMinute: 22 * 60 + 30, quietHoursEndMinute: 7 * 60 },
    });
    const held = await report("staff-quiet-own", "ROUTINE", "Cabinet door hinge loose");
    expect((await toDana(held.id, "new-request"))[1].nextAttemptAt.toISOString()).toBe("2026-12-02T12:00:00.000Z"); // 07:00 in New York
    await db().organization.update({
      where: { id: orgId },
      data: { quietHoursStartMinute: 0, quietHoursEndMinute: 0 },
    });
    const free = await report("staff-quiet-none", "ROUTINE", "Window latch stiff");
    expect((await toDana(free.id, "new-request"))[1].nextAttemptAt).toEqual(night);
    await db().organization.update({
      where: { id: orgId },
      data: { quietHoursStartMinute: 21 * 60, quietHoursEndMinute: 8 * 60 },
    });
  });

  it("an SLA breach is texted at any hour, in Spanish, once", async () => {
    const day = new Date("2026-12-01T15:00:00Z");
    const wo = await report("staff-breach", "EMERGENCY", "Gas smell near the stove", day);
    const later = new Date(day.getTime() + 12 * 3_600_000); // 03:00 in New York, the 4-hour response long missed
    await raiseSlaAlerts(later);
    await raiseSlaAlerts(later);
    const [email, sms] = await toDana(wo.id, "sla-breached");
    expect(email.subject).toBe(
      `Vencido: objetivo de respuesta de #${wo.trackingNumber} (Plumbing de emergencia, Maple Court 1A)`,
    );
    expect(email.body).toMatch(/\. Vencía 1 dic 2026, 2:00 p\.m\.\n\nhttps:/); // 15:00Z + 4 hours, in New York
    expect(sms.body).toMatch(new RegExp(`^Vencido: respuesta de #${wo.trackingNumber}, Maple Court 1A, vencía `));
    expect(sms.nextAttemptAt.getTime()).toBeLessThanOrEqual(later.getTime() + 1000);
    expect(await toDana(wo.id, "sla-breached")).toHaveLength(2);
  });

  it("an in-house technician who chose texts hears of a new job in Spanish", async () => {
    const wo = await report("staff-tech", "ROUTINE", "Toilet keeps running", new Date("2026-12-01T15:00:00Z"));
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", technicianId: kai.userId },
      now: new Date("2026-12-01T16:00:00Z"),
    });
    const told = await db().outboxMessage.findMany({ where: { workOrderId: wo.id, template: "technician-assigned" } });
    expect(told.map((m) => [m.channel, m.recipient])).toEqual([["SMS", "+15550100301"]]);
    expect(told[0].body).toMatch(
      new RegExp(`^Nuevo trabajo de rutina #${wo.trackingNumber}: Plumbing, Maple Court 1A\\. https://`),
    );
    // Kai books his own visit: nobody texts him about what he just did. Dana moving it is news to him.
    const start = new Date("2026-12-03T14:00:00Z");
    let fresh = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    fresh = await changeStatus({
      actor: kai,
      trackingNumber: wo.trackingNumber,
      version: fresh.version,
      change: { to: "SCHEDULED", windowStart: start, windowEnd: new Date(start.getTime() + 7_200_000) },
      now: new Date("2026-12-01T17:00:00Z"),
    });
    expect(await db().outboxMessage.count({ where: { workOrderId: wo.id, template: "technician-scheduled" } })).toBe(0);
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: fresh.version,
      change: {
        to: "SCHEDULED",
        windowStart: new Date(start.getTime() + 86_400_000),
        windowEnd: new Date(start.getTime() + 86_400_000 + 7_200_000),
      },
      now: new Date("2026-12-01T18:00:00Z"),
    });
    const moved = await db().outboxMessage.findMany({
      where: { workOrderId: wo.id, template: "technician-scheduled" },
    });
    expect(moved.map((m) => m.body)).toEqual([
      expect.stringMatching(
        new RegExp(`^Visita cambiada: trabajo #${wo.trackingNumber}, Maple Court 1A, vie, 4 de dic`),
      ),
    ]);
  });
});
