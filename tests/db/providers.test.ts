// The real Resend and Twilio adapters, through the outbox worker, against local fakes of their
// APIs. An outage (the first three calls of each fail) delays messages; after the retries every
// message has been delivered exactly once, none lost, none twice, and the requests are what each
// provider expects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resendEmail } from "@/lib/outbox/channels";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { enqueue } from "@/lib/outbox/outbox";
import { retryMessage } from "@/lib/notifications/retry-message";
import { twilioSms } from "@/lib/outbox/twilio";
import { actorFor } from "./actors";
import { seedDemo } from "@/prisma/seed";
import { refusal } from "../support/english";
import { startFakeProviders, type FakeProviders } from "../../scripts/lib/fake-providers";

const SID = "AC" + "1".repeat(32);
const TOKEN = "twilio-auth-token-for-tests-0123";
let fake: FakeProviders, orgId: string;

beforeAll(async () => {
  await seedDemo(db());
  orgId = (await db().organization.findFirstOrThrow()).id;
  fake = await startFakeProviders();
});
afterAll(() => fake.close());

const ports = () => ({
  email: resendEmail("re_test_key", "Fixwell <repairs@fixwell.test>", fake.url),
  sms: twilioSms(SID, TOKEN, "+15550001111", fake.url),
});

/** Time passes: every waiting message is due again. */
/** The worker's clock, moved on a day a round: every backoff (at most 16 minutes) has elapsed by the next. */
let day = 0;
const nextRound = () => new Date(Date.now() + ++day * 86_400_000);

describe("delivery through the real adapters", () => {
  it("survives three failed calls per provider: each message delivered once, with the provider's id", async () => {
    await db().outboxMessage.deleteMany({});
    await db().$transaction(async (tx) => {
      for (let i = 1; i <= 4; i++) {
        await enqueue(
          tx,
          {
            orgId,
            dedupeKey: `test-email-${i}`,
            channel: "EMAIL",
            recipient: `person${i}@example.com`,
            template: "test",
            subject: `Subject ${i}`,
            body: `Hello ${i}`,
          },
          new Date(),
        );
        await enqueue(
          tx,
          {
            orgId,
            dedupeKey: `test-sms-${i}`,
            channel: "SMS",
            recipient: `+1555010000${i}`,
            template: "test",
            body: `Text ${i}: {{link}}`,
            secretLink: `https://portal.fixwell.test/t/secret${i}`,
          },
          new Date(),
        );
      }
    });
    fake.resend.failNext(3);
    fake.twilio.failNext(3);
    const { email, sms } = ports();
    for (let round = 0; round < 6; round++) {
      await deliverDueMessages(nextRound(), { email, sms });
    }
    const rows = await db().outboxMessage.findMany({ orderBy: { dedupeKey: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(Array(8).fill("SENT"));
    expect(rows.every((r) => r.secretEnc === null)).toBe(true);
    expect(fake.resend.refused).toBe(3);
    expect(fake.twilio.refused).toBe(3);
    // Exactly once each: four emails and four texts, no repeats.
    expect(fake.resend.accepted.map((r) => r.body.to).sort()).toEqual(
      [1, 2, 3, 4].map((i) => `person${i}@example.com`),
    );
    expect(fake.twilio.accepted.map((r) => r.body.To).sort()).toEqual([1, 2, 3, 4].map((i) => `+1555010000${i}`));
    // The row remembers the provider's id; the retried ones tried more than once.
    expect(rows.filter((r) => r.channel === "EMAIL").every((r) => r.providerId?.startsWith("re_fake_"))).toBe(true);
    expect(rows.filter((r) => r.channel === "SMS").every((r) => /^SM\d{32}$/.test(r.providerId ?? ""))).toBe(true);
    expect(rows.reduce((n, r) => n + r.attempts, 0)).toBe(8 + 6);
  });

  it("sends what each provider expects: Resend with the key and an idempotency key, Twilio with Basic auth and the link merged", async () => {
    const first = fake.resend.accepted[0];
    expect(first.headers.authorization).toBe("Bearer re_test_key");
    const row = await db().outboxMessage.findUniqueOrThrow({
      where: { dedupeKey: `test-email-${first.body.to.match(/\d/)![0]}` },
    });
    expect(first.headers["idempotency-key"]).toBe(row.id);
    expect(first.body).toMatchObject({
      from: "Fixwell <repairs@fixwell.test>",
      subject: expect.stringMatching(/^Subject \d$/),
      // The text, then the footer: this organisation gave no contact details, only its office hours.
      text: expect.stringMatching(
        /^Hello \d\n\n-- \nOffice hours: Monday to Friday, 8:00 AM to 5:00 PM \(Eastern Time\)$/,
      ),
    });
    // The HTML part carries the organisation's name and colour around the same text and footer.
    expect(first.body.html).toContain("Harbor Property Management");
    expect(first.body.html).toContain("background-color:#0f766e");
    expect(first.body.html).toContain(`>${first.body.text.split("\n")[0]}<`);
    expect(first.body.html).toContain("Office hours: Monday to Friday, 8:00 AM to 5:00 PM (Eastern Time)");

    const text = fake.twilio.accepted[0];
    expect(text.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(text.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`);
    const n = text.body.To.slice(-1);
    expect(text.body).toMatchObject({
      From: "+15550001111",
      Body: `Text ${n}: https://portal.fixwell.test/t/secret${n}`,
    });
  });

  it("marks a message failed after its last try, keeping the error, and never sends it again", async () => {
    await db().$transaction((tx) =>
      enqueue(
        tx,
        {
          orgId,
          dedupeKey: "test-doomed",
          channel: "EMAIL",
          recipient: "doomed@example.com",
          template: "test",
          subject: "S",
          body: "B",
        },
        new Date(),
      ),
    );
    fake.resend.failNext(100);
    const { email, sms } = ports();
    for (let round = 0; round < 8; round++) {
      await deliverDueMessages(nextRound(), { email, sms });
    }
    const row = await db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test-doomed" } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 6 });
    expect(row.lastError).toMatch(/Resend refused the email/);
    expect(fake.resend.accepted.some((r) => r.body.to === "doomed@example.com")).toBe(false);
    fake.resend.failNext(0);
  });

  it("an admin sends a failed message again; it is delivered once. A manager may not; a lost one-time link cannot be resent", async () => {
    const row = await db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test-doomed" } });
    const [admin, manager] = [await actorFor("admin@fixwell.example"), await actorFor("dana.reyes@fixwell.example")];
    await expect(retryMessage({ actor: manager, id: row.id, now: new Date() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      retryMessage({ actor: { ...admin, orgId: "another-org" }, id: row.id, now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await retryMessage({ actor: admin, id: row.id, now: new Date() });
    await expect(retryMessage({ actor: admin, id: row.id, now: new Date() })).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    }); // already queued
    const { email, sms } = ports();
    await deliverDueMessages(new Date(), { email, sms });
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect(fake.resend.accepted.filter((r) => r.body.to === "doomed@example.com")).toHaveLength(1);

    await db().$transaction((tx) =>
      enqueue(
        tx,
        {
          orgId,
          dedupeKey: "test-lost-link",
          channel: "EMAIL",
          recipient: "link@example.com",
          template: "sign-in",
          subject: "S",
          body: "Sign in: {{link}}",
          secretLink: "https://x.test/s",
        },
        new Date(),
      ),
    );
    await db().outboxMessage.update({
      where: { dedupeKey: "test-lost-link" },
      data: { status: "FAILED", secretEnc: null },
    });
    const lost = await db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test-lost-link" } });
    expect(await refusal(retryMessage({ actor: admin, id: lost.id, now: new Date() }))).toMatch(
      /one-time link that was erased/,
    );
  });

  it("a sign-in link someone is waiting for goes ahead of a backlog", async () => {
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 30; i++)
        await enqueue(
          tx,
          {
            orgId,
            dedupeKey: `test-backlog-${i}`,
            channel: "EMAIL",
            recipient: `backlog${i}@example.com`,
            template: "t",
            subject: "S",
            body: "B",
          },
          new Date(),
        );
      await enqueue(
        tx,
        {
          orgId,
          dedupeKey: "test-waiting",
          channel: "EMAIL",
          recipient: "waiting@example.com",
          template: "sign-in",
          subject: "S",
          body: "Sign in: {{link}}",
          secretLink: "https://x.test/s",
        },
        new Date(),
      );
    });
    const { email, sms } = ports();
    expect(await deliverDueMessages(new Date(), { email, sms, only: { dedupeKey: "test-waiting" } })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect((await db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: "test-waiting" } })).status).toBe("SENT");
    expect(
      await db().outboxMessage.count({ where: { dedupeKey: { startsWith: "test-backlog-" }, status: "PENDING" } }),
    ).toBe(30);
  });
});
