// The local message store belongs to an organisation (issue 15): an admin of another organisation
// once read a sign-in link there and became the first organisation's admin. Outside demo mode an
// admin reads only their own organisation's messages, sign-in links hidden; in demo mode (the open
// Quick start) everything is shown as it was sent.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { queueSignInLink } from "@/lib/auth/sign-in-link";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { localMessages, SIGN_IN_LINK_REDACTED } from "@/lib/notifications/local-messages";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const now = new Date("2026-12-01T15:00:00Z");
const authUrl = (email: string, token: string) =>
  `http://evil.test/api/auth/callback/email?token=${token}&email=${encodeURIComponent(email)}&callbackUrl=${encodeURIComponent("/after-sign-in")}`;
const TOKEN_A = "tokenAAAA1111aaaa2222bbbb3333cccc";
const TOKEN_B = "tokenBBBB1111aaaa2222bbbb3333cccc";

let adminA: Actor, adminB: Actor, manager: Actor, tenant: Actor;
let orgB: string;

/**
 * Sends `email` a sign-in link the way the sign-in action does: Auth.js's email provider queues it,
 * then the action asks for that recipient's sign-in email to go now (nothing else goes with it).
 */
async function signInLinkFor(email: string, token: string) {
  const dedupeKey = await queueSignInLink(email, authUrl(email, token), now);
  expect(dedupeKey).not.toBeNull();
  expect(await deliverDueMessages(now, { only: { template: "sign-in", recipient: email } })).toEqual({
    sent: 1,
    failed: 0,
  });
  expect((await db().outboxMessage.findUniqueOrThrow({ where: { dedupeKey: dedupeKey! } })).status).toBe("SENT");
}

beforeAll(async () => {
  await seedDemo(db(), now);
  const org = await db().organization.create({
    data: { name: "Brightside Lettings", emergencyHotline: "+15550109999" },
  });
  orgB = org.id;
  await db().user.create({
    data: { orgId: orgB, email: "admin@brightside.example", name: "Blair Admin", role: "ADMIN" },
  });
  [adminA, adminB, manager, tenant] = await Promise.all(
    ["admin@fixwell.example", "admin@brightside.example", "dana.reyes@fixwell.example", "tenant@fixwell.example"].map(
      actorFor,
    ),
  );
  // What any delivered notice looks like, for each organisation.
  await db().$transaction((tx) =>
    tx.outboxMessage.createMany({
      data: [
        {
          orgId: adminA.orgId,
          dedupeKey: "t:a",
          channel: "SMS",
          recipient: "+15550100201",
          template: "assigned",
          body: "Work order 7 is yours.",
          nextAttemptAt: now,
        },
        {
          orgId: orgB,
          dedupeKey: "t:b",
          channel: "EMAIL",
          recipient: "admin@brightside.example",
          template: "assigned",
          subject: "Hello",
          body: "Welcome to Brightside.",
          nextAttemptAt: now,
        },
      ],
    }),
  );
  await deliverDueMessages(now);
  await signInLinkFor("admin@fixwell.example", TOKEN_A);
  await signInLinkFor("admin@brightside.example", TOKEN_B);
  // A message kept before messages had an organisation.
  await db().localMessage.create({
    data: {
      channel: "EMAIL",
      recipient: "someone@old.example",
      text: "Sign in: https://portal.fixwell.test/sign-in/confirm?token=oldtoken",
      createdAt: now,
    },
  });
});

const all = () => db().localMessage.findMany({ orderBy: { id: "asc" } });

describe("the local message store", () => {
  it("files each delivered message under its organisation, stamped with the delivery's now", async () => {
    const b = await db().localMessage.findMany({ where: { recipient: "admin@brightside.example" } });
    expect(b).toHaveLength(2);
    expect(b.every((m) => m.orgId === orgB && m.createdAt.getTime() === now.getTime())).toBe(true);
    // The store is a mailbox: the link itself is there, built on the configured URL, not the request's host.
    expect(b.find((m) => m.subject === "Your Fixwell sign-in link")?.text).toContain(
      `https://portal.fixwell.test/sign-in/confirm?token=${TOKEN_B}`,
    );
    const a = await db().localMessage.findFirstOrThrow({ where: { recipient: "+15550100201" } });
    expect(a.orgId).toBe(adminA.orgId);
  });

  it("the first organisation's admin does not see the second's mail, nor messages with no organisation", async () => {
    const seen = await localMessages({ actor: adminA, demo: false });
    expect(seen.map((m) => m.recipient).sort()).toEqual(["+15550100201", "admin@fixwell.example"]);
    expect(await localMessages({ actor: adminA, demo: false, to: "ADMIN@brightside.example" })).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(TOKEN_B);
  });

  it("outside demo mode nobody sees a sign-in link, not even their own", async () => {
    for (const [actor, token] of [
      [adminA, TOKEN_A],
      [adminB, TOKEN_B],
    ] as const) {
      const seen = await localMessages({ actor, demo: false });
      const link = seen.find((m) => m.subject === "Your Fixwell sign-in link");
      expect(link?.text).toContain(SIGN_IN_LINK_REDACTED);
      expect(JSON.stringify(seen)).not.toContain(token);
      expect(JSON.stringify(seen)).not.toContain("/sign-in/confirm");
    }
    // Everything else reads as sent: the text, then the organisation's footer (its office hours).
    expect((await localMessages({ actor: adminB, demo: false })).find((m) => m.subject === "Hello")?.text).toMatch(
      /^Welcome to Brightside\.\n\n-- \nOffice hours: Monday to Friday, /,
    );
  });

  it("a manager, a tenant and nobody signed in are refused outside demo mode; nothing changes", async () => {
    const before = await all();
    for (const actor of [manager, tenant, null]) {
      const err = await localMessages({ actor, demo: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("NOT_FOUND");
    }
    expect(await all()).toEqual(before);
  });

  it("in demo mode anyone reads every message as sent, filtered by recipient when asked", async () => {
    const seen = await localMessages({ actor: null, demo: true });
    expect(seen).toHaveLength((await all()).length);
    expect(JSON.stringify(seen)).toContain(TOKEN_A);
    expect(JSON.stringify(seen)).toContain("oldtoken");
    const toB = await localMessages({ actor: null, demo: true, to: "Admin@Brightside.example" });
    expect(toB).toHaveLength(2);
    expect(toB.find((m) => m.subject === "Your Fixwell sign-in link")?.text).toContain(
      `/sign-in/confirm?token=${TOKEN_B}`,
    );
    expect(toB.every((m) => m.createdAt.toISOString() === now.toISOString())).toBe(true);
  });

  it("no sign-in email is queued for an address with no account", async () => {
    const before = await db().outboxMessage.count();
    expect(await queueSignInLink("nobody@nowhere.example", authUrl("nobody@nowhere.example", TOKEN_A), now)).toBeNull();
    expect(await db().outboxMessage.count()).toBe(before);
  });
});
