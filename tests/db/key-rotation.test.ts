// Rotating FIXWELL_ENCRYPTION_KEY (README, "Rotating secrets") loses no stored code, pending link or
// webhook secret: with the old key as FIXWELL_ENCRYPTION_KEY_PREVIOUS everything stays readable,
// `reencryptAll` seals it all again under the new key (recorded as such in the audit log), and then
// the old key can go. Each step is the settings an operator changes and restarts with: the test
// changes the same settings on the running process's parsed environment.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { decrypt, encrypt, sealedWithCurrentKey } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { reencryptAll, SEALED_COLUMNS } from "@/lib/db/reencrypt";
import { env } from "@/lib/env";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { revealAccessCode } from "@/lib/work-orders/reveal-access-code";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const OLD = env().FIXWELL_ENCRYPTION_KEY;
const NEW = randomBytes(32).toString("base64");
const now = new Date();
let dana: Actor;
let visitorWo: { id: string; trackingNumber: number; trackingToken?: string };
let unitId: string, plumbingId: string;

/** What an operator sets, then restarts with. */
function useKeys(current: string, previous?: string) {
  Object.assign(env(), { FIXWELL_ENCRYPTION_KEY: current, FIXWELL_ENCRYPTION_KEY_PREVIOUS: previous });
}

const visitorInput = () => ({
  idempotencyKey: "rotation-visitor-key-1",
  unitId,
  categoryId: plumbingId,
  severity: "URGENT" as const,
  description: "Water under the kitchen sink",
  access: {
    permissionToEnter: true,
    gateCode: "5151#",
    lockboxCode: "8642",
    pets: "",
    preferredTimes: "",
    contactMethod: "EMAIL" as const,
    saveToProfile: false,
  },
});
const visitor = { propertySlug: "maple-court", name: "Rosa Díaz", email: "rosa@example.com" };

/** Every sealed value stored, with where it is. */
async function sealedValues(): Promise<{ where: string; sealed: string }[]> {
  const out: { where: string; sealed: string }[] = [];
  for (const [table, columns] of Object.entries(SEALED_COLUMNS)) {
    const rows = await db().$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT id, ${columns.map((c) => `"${c}"`).join(", ")} FROM "${table}"`,
    );
    for (const row of rows)
      for (const c of columns) if (row[c]) out.push({ where: `${table}.${c} ${row.id}`, sealed: row[c]! });
  }
  return out;
}

beforeAll(async () => {
  await seedDemo(db());
  dana = await actorFor("dana.reyes@fixwell.example");
  const maple = await db().property.findUniqueOrThrow({ where: { slug: "maple-court" }, include: { units: true } });
  unitId = maple.units.find((u) => u.label === "3C")!.id;
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
  // Under the old key: a visitor's report with codes (and its tracking link waiting in the outbox),
  // and a webhook endpoint's signing secret.
  visitorWo = await createWorkOrder({ reporter: { visitor }, input: visitorInput(), now });
  const org = await db().organization.findFirstOrThrow({ where: { properties: { some: { id: maple.id } } } });
  await db().webhookEndpoint.create({
    data: { orgId: org.id, url: "https://hooks.example.com/fixwell", events: [], secretEnc: encrypt("whsec_rotation") },
  });
});

describe("rotating the encryption key", () => {
  it("without the previous key, what the old key sealed cannot be read: a wrong key never reads as a value", async () => {
    useKeys(NEW);
    await expect(
      revealAccessCode({ actor: dana, trackingNumber: visitorWo.trackingNumber, which: "gate", now }),
    ).rejects.toThrow();
    useKeys(OLD);
  });

  it("with the old key as the previous one, every stored secret is still read, and new ones use the new key", async () => {
    useKeys(NEW, OLD);
    const before = await sealedValues();
    expect(new Set(before.map((v) => v.where.split(" ")[0]))).toEqual(
      new Set([
        "TenantProfile.gateCodeEnc",
        "TenantProfile.lockboxCodeEnc",
        "WorkOrder.gateCodeEnc",
        "WorkOrder.lockboxCodeEnc",
        "OutboxMessage.secretEnc",
        "WebhookEndpoint.secretEnc",
      ]),
    );
    expect(before.every((v) => !sealedWithCurrentKey(v.sealed))).toBe(true);
    expect(await revealAccessCode({ actor: dana, trackingNumber: visitorWo.trackingNumber, which: "gate", now })).toBe(
      "5151#",
    );
    // A visitor retrying the same submit still gets the link they were given under the old key.
    const again = await createWorkOrder({ reporter: { visitor }, input: visitorInput(), now });
    expect(again.trackingToken).toBe(visitorWo.trackingToken);
    expect((await workOrderByTrackingToken(again.trackingToken!, now))?.id).toBe(visitorWo.id);
    expect(sealedWithCurrentKey(encrypt("new"))).toBe(true);
  });

  it("re-encrypting seals everything under the new key, says so in the audit log, and a second run has nothing to do", async () => {
    const plain = new Map((await sealedValues()).map((v) => [v.where, decrypt(v.sealed)]));
    const when = new Date(now.getTime() + 60_000);
    const counts = await reencryptAll(when);
    expect(counts).toMatchObject({ WorkOrder: expect.any(Number), OutboxMessage: 1, WebhookEndpoint: 1 });
    expect(counts.TenantProfile).toBe(await db().tenantProfile.count({ where: { gateCodeEnc: { not: null } } }));
    const after = await sealedValues();
    expect(after.map((v) => v.where).sort()).toEqual([...plain.keys()].sort());
    for (const v of after) {
      expect(sealedWithCurrentKey(v.sealed)).toBe(true);
      expect(decrypt(v.sealed)).toBe(plain.get(v.where));
    }
    const logged = await db().auditEntry.findMany({ where: { action: "reencrypted" } });
    expect(logged.length).toBe(counts.TenantProfile + counts.WebhookEndpoint); // the audited tables
    for (const e of logged) {
      expect(e).toMatchObject({ actorId: null, at: when });
      expect(JSON.stringify(e.changes)).not.toMatch(/v1\./); // sealed values never reach the log
    }
    expect(await reencryptAll(when)).toEqual({ TenantProfile: 0, WorkOrder: 0, OutboxMessage: 0, WebhookEndpoint: 0 });
  });

  it("once the previous key is removed, nothing is lost: codes, the waiting link and the webhook secret read under the new key alone", async () => {
    useKeys(NEW);
    expect(
      await revealAccessCode({ actor: dana, trackingNumber: visitorWo.trackingNumber, which: "lockbox", now }),
    ).toBe("8642");
    const endpoint = await db().webhookEndpoint.findFirstOrThrow();
    expect(decrypt(endpoint.secretEnc)).toBe("whsec_rotation");
    const waiting = await db().outboxMessage.findFirstOrThrow({ where: { recipient: "rosa@example.com" } });
    await deliverDueMessages(now, { only: { template: waiting.template, recipient: waiting.recipient } });
    const sent = await db().localMessage.findFirstOrThrow({ where: { recipient: "rosa@example.com" } });
    expect(sent.text).toContain(`/t/${visitorWo.trackingToken}`);
  });
});
