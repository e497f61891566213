// Tenants' texts back through Twilio's webhook, on a real database: a forged signature is refused
// and changes nothing; YES closes, NO reopens, STOP opts out, more than one open question gets
// "which one?", anything else is threaded; the same MessageSid twice is handled once.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { parseKeyword } from "@/lib/work-orders/inbound-sms";
import { tenantRecipients } from "@/lib/notifications/recipients";
import { twilioSignature } from "@/lib/outbox/twilio";
import { twilioWebhook } from "@/lib/work-orders/twilio-webhook";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const TOKEN = "twilio-auth-token-for-the-tests-01";
const BASE = "https://portal.fixwell.test";
const ALEX = "+15550200000";
let tenant: Actor,
  plumbingId: string,
  sid = 0;

beforeAll(async () => {
  await seedDemo(db());
  tenant = await actorFor("tenant@fixwell.example");
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  // Only this test's requests are open for Alex.
  await db().workOrder.updateMany({ where: { reporterId: tenant.userId }, data: { status: "CLOSED" } });
});

async function completed(name: string) {
  const wo = await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `sms-${name}`.padEnd(16, "x"),
      categoryId: plumbingId,
      severity: "ROUTINE",
      description: `Text case ${name}: shower drain`,
    },
    now: new Date(),
  });
  const vendorId = (await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } })).id;
  return db().workOrder.update({
    where: { id: wo.id },
    data: { status: "COMPLETED", vendorId, firstResponseAt: new Date(), completedAt: new Date() },
  });
}

function post(params: Record<string, string>, signature?: string) {
  const body = new URLSearchParams(params).toString();
  const sig = signature ?? twilioSignature(TOKEN, `${BASE}/api/webhooks/twilio`, params);
  return twilioWebhook(
    new Request("http://internal:3000/api/webhooks/twilio", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": sig },
    }),
    TOKEN,
    BASE,
  );
}
const text = (Body: string, From = ALEX) =>
  post({
    From,
    To: "+15550001111",
    Body,
    MessageSid: `SM${String(++sid).padStart(32, "0")}`,
    AccountSid: "AC" + "1".repeat(32),
  });
const status = async (id: string) => (await db().workOrder.findUniqueOrThrow({ where: { id } })).status;

describe("keywords", () => {
  it.each([
    ["YES", { word: "YES" }],
    [" yes! ", { word: "YES" }],
    ["Fixed.", { word: "YES" }],
    ["no", { word: "NO" }],
    ["NO #1234", { word: "NO", trackingNumber: 1234 }],
    ["yes 77", { word: "YES", trackingNumber: 77 }],
    ["STOP", { word: "STOP" }],
    ["unsubscribe", { word: "STOP" }],
    ["yes but the tap still drips", null],
    ["No hot water again", null],
    ["Stop by after 5 please", null],
    ["", null],
  ])("%j", (body, expected) => {
    expect(parseKeyword(body)).toEqual(expected);
  });
});

describe("the Twilio webhook", () => {
  it("refuses a forged or missing signature with 403 and changes nothing", async () => {
    const wo = await completed("forged");
    const params = { From: ALEX, Body: "YES", MessageSid: "SM" + "9".repeat(32) };
    const messages = await db().message.count();
    expect((await post(params, "bm90IGEgc2lnbmF0dXJl")).status).toBe(403);
    expect(
      (await post({ ...params, Body: "NO" }, twilioSignature(TOKEN, `${BASE}/api/webhooks/twilio`, params))).status,
    ).toBe(403); // body changed after signing
    expect((await post(params, twilioSignature(TOKEN, "https://evil.test/api/webhooks/twilio", params))).status).toBe(
      403,
    );
    expect(await db().message.count()).toBe(messages);
    expect(await status(wo.id)).toBe("COMPLETED");
    await db().workOrder.update({ where: { id: wo.id }, data: { status: "CLOSED" } });
  });

  it("YES closes the one open question; the same MessageSid again changes nothing more", async () => {
    const wo = await completed("yes");
    const params = { From: ALEX, Body: "Yes", MessageSid: "SM" + "5".repeat(32) };
    const res = await post(params);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/xml");
    expect(await status(wo.id)).toBe("CLOSED");
    expect(await post(params).then((r) => r.status)).toBe(200);
    expect(await db().message.count({ where: { workOrderId: wo.id, channel: "SMS" } })).toBe(1);
    expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id, toStatus: "CLOSED" } })).toBe(1);
  });

  it("with two open questions asks which, then NO with a number reopens that one", async () => {
    const [a, b] = [await completed("two-a"), await completed("two-b")];
    await text("NO");
    expect([await status(a.id), await status(b.id)]).toEqual(["COMPLETED", "COMPLETED"]);
    const ask = await db().outboxMessage.findFirstOrThrow({
      where: { template: "which-request", recipient: ALEX },
      orderBy: { createdAt: "desc" },
    });
    expect(ask.body).toContain(`#${a.trackingNumber}`);
    expect(ask.body).toContain(`#${b.trackingNumber}`);
    await text(`no ${b.trackingNumber}`);
    expect([await status(a.id), await status(b.id)]).toEqual(["COMPLETED", "ASSIGNED"]);
    const reopened = await db().workOrderEvent.findFirstOrThrow({
      where: { workOrderId: b.id, toStatus: "ASSIGNED", fromStatus: "COMPLETED" },
    });
    expect(reopened.details).toMatchObject({ reason: "Replied NO by text: still a problem" });
  });

  it("threads anything else into the latest open request and tells the managers", async () => {
    await text("The plumber left the water off, please call me");
    const msg = await db().message.findFirstOrThrow({
      where: { body: "The plumber left the water off, please call me" },
      include: { workOrder: true },
    });
    expect(msg).toMatchObject({ channel: "SMS", authorId: tenant.userId, internal: false });
    expect(
      await db().outboxMessage.count({ where: { template: "tenant-message", workOrderId: msg.workOrderId } }),
    ).toBeGreaterThan(0);
  });

  it("STOP opts the number out: the next message goes by email", async () => {
    const wo = await db().workOrder.findFirstOrThrow({ where: { reporterId: tenant.userId, status: "COMPLETED" } });
    expect(
      (await db().$transaction((tx) => tenantRecipients(tx, { ...wo, contactMethod: "SMS" }))).map((r) => r.channel),
    ).toEqual(["SMS"]);
    expect(
      (await db().$transaction((tx) => tenantRecipients(tx, { ...wo, contactMethod: "BOTH" }))).map((r) => r.channel),
    ).toEqual(["EMAIL", "SMS"]);
    await text("STOP");
    expect(
      (await db().$transaction((tx) => tenantRecipients(tx, { ...wo, contactMethod: "BOTH" }))).map((r) => r.channel),
    ).toEqual(["EMAIL"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: tenant.userId } })).smsOptOut).toBe(true);
    expect(
      (await db().$transaction((tx) => tenantRecipients(tx, { ...wo, contactMethod: "SMS" }))).map((r) => r.channel),
    ).toEqual(["EMAIL"]);
  });

  it("ignores a number it does not know", async () => {
    const before = await db().message.count();
    expect((await text("YES", "+15559998888")).status).toBe(200);
    expect(await db().message.count()).toBe(before);
  });
});
