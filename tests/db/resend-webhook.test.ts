// Resend's delivery events on a real database: a signed event updates the message it is about;
// an old timestamp, a re-serialised body, a wrong secret or no signature are refused and change
// nothing; the same event id twice is applied once; an older event never overwrites a newer one.
import { createHmac, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/outbox/outbox";
import { resendWebhook } from "@/lib/notifications/resend-webhook";
import { seedDemo } from "@/prisma/seed";

const key = randomBytes(24);
const SECRET = `whsec_${key.toString("base64")}`;
let orgId: string;

beforeAll(async () => {
  await seedDemo(db());
  orgId = (await db().organization.findFirstOrThrow()).id;
  await db().$transaction((tx) =>
    enqueue(
      tx,
      {
        orgId,
        dedupeKey: "resend-hook-1",
        channel: "EMAIL",
        recipient: "a@example.com",
        template: "t",
        subject: "S",
        body: "B",
      },
      new Date(),
    ),
  );
  await db().outboxMessage.update({
    where: { dedupeKey: "resend-hook-1" },
    data: { status: "SENT", providerId: "re_email_1" },
  });
});

/** Signed exactly as Svix signs: base64 HMAC-SHA256 of "id.timestamp.body" with the secret's bytes. */
function signed(body: string, { id = `msg_${randomBytes(6).toString("hex")}`, ageSeconds = 0, secretKey = key } = {}) {
  const ts = String(Math.floor(Date.now() / 1000) - ageSeconds);
  const sig = createHmac("sha256", secretKey).update(`${id}.${ts}.${body}`).digest("base64");
  return new Request("https://portal.fixwell.test/api/webhooks/resend", {
    method: "POST",
    body,
    headers: { "svix-id": id, "svix-timestamp": ts, "svix-signature": `v1,${sig}`, "content-type": "application/json" },
  });
}
const event = (type: string, createdAt: string, emailId = "re_email_1") =>
  JSON.stringify({ type, created_at: createdAt, data: { email_id: emailId, to: ["a@example.com"] } });
const row = () => db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "resend-hook-1" } });

describe("Resend delivery webhook", () => {
  it("refuses what is not signed by our secret, now, over these exact bytes, and changes nothing", async () => {
    const body = event("email.bounced", "2026-11-24T10:00:00.000Z");
    const reserialised = JSON.stringify(JSON.parse(body), null, 1);
    const good = signed(body);
    const tampered = new Request(good.url, { method: "POST", body: reserialised, headers: good.headers });
    for (const req of [
      signed(body, { ageSeconds: 6 * 60 }),
      tampered,
      signed(body, { secretKey: randomBytes(24) }),
      new Request(good.url, { method: "POST", body }),
    ]) {
      expect((await resendWebhook(req, SECRET)).status).toBe(401);
    }
    expect((await resendWebhook(signed(body), undefined)).status).toBe(401); // no secret configured: shut
    expect(await row()).toMatchObject({ deliveryStatus: null });
    expect(await db().webhookReceipt.count()).toBe(0);
  });

  it("records delivery once per event id; an older event does not overwrite a newer one", async () => {
    const delivered = event("email.delivered", "2026-11-24T10:05:00.000Z");
    expect((await resendWebhook(signed(delivered, { id: "msg_delivered" }), SECRET)).status).toBe(204);
    expect(await row()).toMatchObject({ deliveryStatus: "DELIVERED" });
    // Resent by Svix (same id): applied once, even if it now says something else.
    await resendWebhook(signed(event("email.complained", "2026-11-24T10:09:00.000Z"), { id: "msg_delivered" }), SECRET);
    expect(await row()).toMatchObject({ deliveryStatus: "DELIVERED" });
    // Out of order: a delay from before the delivery changes nothing.
    await resendWebhook(signed(event("email.delivery_delayed", "2026-11-24T10:01:00.000Z")), SECRET);
    expect(await row()).toMatchObject({ deliveryStatus: "DELIVERED" });
    await resendWebhook(signed(event("email.complained", "2026-11-24T11:00:00.000Z")), SECRET);
    expect(await row()).toMatchObject({ deliveryStatus: "COMPLAINED" });
  });
});
