// Outgoing webhooks against a real receiver: a node:http server on 127.0.0.1 that verifies every
// request with standardwebhooks' Webhook.verify and records its webhook-id. A work order's life
// produces exactly its events, each accepted once even with two workers at once and a receiver
// that fails the first try; inactive endpoints, unsubscribed events and other organisations get
// nothing; only an admin registers endpoints.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { purgeStale } from "@/lib/cron/purge";
import { decideAsManager } from "@/lib/approvals/decide-as-manager";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { WEBHOOK_EVENTS } from "@/lib/outbox/webhook-events";
import { deleteWebhookEndpoint, saveWebhookEndpoint } from "@/lib/settings/save-webhook-endpoint";
import { sendTestWebhook } from "@/lib/settings/send-test-webhook";
import { revealWebhookSecret, rotateWebhookSecret } from "@/lib/settings/webhook-secret";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

type Received = { path: string; id: string; headers: Record<string, string>; body: string; answered: number };

// The receiver: verifies with the secret registered for its path, fails the first try of any id
// listed in failFirst, and records everything.
const received: Received[] = [];
const secrets = new Map<string, string[]>(); // path → secrets a request may be signed with
const failFirst = new Set<string>();
let server: Server;
let base: string;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });

function verifies(secret: string, r: Pick<Received, "headers" | "body">) {
  try {
    new Webhook(secret).verify(r.body, r.headers);
    return true;
  } catch {
    return false;
  }
}

let admin: Actor, dana: Actor, tenant: Actor, adminB: Actor, plumbingId: string, vendorId: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const id = headers["webhook-id"];
    const path = req.url!;
    const ok = (secrets.get(path) ?? []).every((s) => verifies(s, { headers, body }));
    let answered = ok ? 200 : 401;
    if (ok && failFirst.delete(id)) answered = 500;
    received.push({ path, id, headers, body, answered });
    res.writeHead(answered, { "content-type": "text/plain" }).end(answered === 200 ? "ok" : "try again later");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  await seedDemo(db());
  const org = await db().organization.create({
    data: { name: "Brightside Lettings", emergencyHotline: "+15550109999" },
  });
  await db().user.create({ data: { orgId: org.id, email: "admin@brightside.example", name: "Blair", role: "ADMIN" } });
  [admin, dana, tenant, adminB] = await Promise.all(
    ["admin@fixwell.example", "dana.reyes@fixwell.example", "tenant@fixwell.example", "admin@brightside.example"].map(
      actorFor,
    ),
  );
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing", orgId: admin.orgId } })).id;
  vendorId = (await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } })).id;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function endpoint(actor: Actor, path: string, events: string[], active = true) {
  const now = new Date();
  const { id, secret } = await saveWebhookEndpoint({
    actor,
    input: { url: base + path, description: path, events: events as never, active },
    now,
  });
  secrets.set(path, [secret!]);
  return { id, secret: secret! };
}

/** Two workers at once, as two cron ticks or two instances would run. */
const twoWorkers = (now: Date) => Promise.all([deliverDueMessages(now), deliverDueMessages(now)]);

const accepted = (path: string) => received.filter((r) => r.path === path && r.answered === 200);
const bodyOf = (r: Received) =>
  JSON.parse(r.body) as { id: string; type: string; timestamp: string; data: Record<string, unknown> };

describe("outgoing webhooks", () => {
  let main: { id: string; secret: string };
  let wo: { id: string; trackingNumber: number };

  it("refuse a manager (FORBIDDEN) and addresses on private networks, and save nothing", async () => {
    await expect(
      saveWebhookEndpoint({
        actor: dana,
        input: { url: "https://hooks.example.com/x", description: "", events: ["work_order.created"], active: true },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveWebhookEndpoint({
        actor: admin,
        input: { url: "https://169.254.169.254/latest", description: "", events: ["work_order.created"], active: true },
        now: new Date(),
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { url: ["settings.v.hookPrivate"] }, // "This address is on a private network; …"
    });
    expect(await db().webhookEndpoint.count()).toBe(0);
  });

  it("deliver a work order's life, signed, each event accepted exactly once despite a failed try and two workers", async () => {
    main = await endpoint(admin, "/main", [...WEBHOOK_EVENTS]);
    await endpoint(admin, "/inactive", [...WEBHOOK_EVENTS], false);
    await endpoint(admin, "/closed-only", ["work_order.closed"]);
    await endpoint(adminB, "/other-org", [...WEBHOOK_EVENTS]);
    expect(main.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(await revealWebhookSecret({ actor: admin, endpointId: main.id })).toBe(main.secret);

    const t0 = new Date();
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    wo = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        idempotencyKey: "webhook-walk-0001",
        categoryId: plumbingId,
        severity: "URGENT",
        description: "Kitchen sink leaking under the cabinet",
      },
      now: t0,
    });
    const n = wo.trackingNumber;
    let v = (
      await changeStatus({ actor: dana, trackingNumber: n, version: 1, change: { to: "ASSIGNED", vendorId }, now: t0 })
    ).version;
    const { estimate } = await addEstimate({
      actor: dana,
      trackingNumber: n,
      input: { amountCents: 15_000, description: "Replace the trap" },
      now: t0,
    });
    await decideAsManager({ actor: dana, estimateId: estimate.id, decision: "APPROVED", now: t0 });
    v = (await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).version;
    // A stale change rolls back: its event, and so its webhook rows, never existed.
    await expect(
      changeStatus({
        actor: dana,
        trackingNumber: n,
        version: v - 1,
        change: { to: "CANCELLED", reason: "x" },
        now: t0,
      }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    v = (
      await changeStatus({
        actor: dana,
        trackingNumber: n,
        version: v,
        change: { to: "COMPLETED", notes: "Replaced the trap", actualCostCents: 16_250 },
        now: t0,
      })
    ).version;
    await changeStatus({ actor: tenant, trackingNumber: n, version: v, change: { to: "CLOSED" }, now: t0 });

    const rows = await db().webhookDelivery.findMany({ where: { endpointId: main.id }, orderBy: { messageId: "asc" } });
    const expected = [
      "work_order.created",
      "work_order.status_changed", // → ASSIGNED
      "work_order.estimate_decided",
      "work_order.status_changed", // → COMPLETED
      "work_order.completed",
      "work_order.status_changed", // → CLOSED
      "work_order.closed",
    ];
    expect(rows.map((r) => r.eventType).sort()).toEqual([...expected].sort());
    expect(new Set(rows.map((r) => r.messageId)).size).toBe(rows.length);
    expect(rows.every((r) => r.createdAt.getTime() === t0.getTime() && r.status === "PENDING")).toBe(true);

    // The receiver refuses the first try of "created"; two workers run at once, then again after the backoff.
    const created = rows.find((r) => r.eventType === "work_order.created")!;
    failFirst.add(created.messageId);
    await twoWorkers(at(1));
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastStatusCode: 500,
      lastError: "HTTP 500",
      nextAttemptAt: at(6),
    });
    await twoWorkers(at(3)); // not due yet: nothing is sent
    expect(received.filter((r) => r.id === created.messageId)).toHaveLength(1);
    await twoWorkers(at(6));
    await twoWorkers(at(60)); // nothing left: no repeats

    const ok = accepted("/main");
    expect(ok.map((r) => bodyOf(r).type).sort()).toEqual([...expected].sort());
    expect(ok.map((r) => r.id).sort()).toEqual(rows.map((r) => r.messageId).sort()); // each exactly once
    expect(received.filter((r) => r.id === created.messageId).map((r) => r.answered)).toEqual([500, 200]);
    expect(received.filter((r) => r.answered === 401)).toEqual([]);
    for (const r of ok) {
      expect(verifies(main.secret, r)).toBe(true);
      expect(bodyOf(r).id).toBe(r.id);
    }
    const after = await db().webhookDelivery.findMany({ where: { endpointId: main.id } });
    expect(after.every((r) => r.status === "SENT" && r.lastStatusCode === 200)).toBe(true);
    expect(after.find((r) => r.id === created.id)).toMatchObject({ attempts: 2, sentAt: at(6) });

    // Inactive endpoint, unsubscribed events, another organisation: nothing.
    expect(received.filter((r) => r.path === "/inactive" || r.path === "/other-org")).toEqual([]);
    expect(accepted("/closed-only").map((r) => bodyOf(r).type)).toEqual(["work_order.closed"]);
  });

  it("send what accounting needs and no secrets or contact details", () => {
    const ok = accepted("/main").map(bodyOf);
    const assigned = ok.find((b) => b.type === "work_order.status_changed" && b.data.status === "ASSIGNED")!;
    expect(assigned.data).toMatchObject({
      trackingNumber: wo.trackingNumber,
      previousStatus: "NEW",
      priority: "URGENT",
      vendor: { id: vendorId, company: "ABC Plumbing" },
      category: { name: "Plumbing" },
      assignedTo: "VENDOR",
    });
    expect(ok.find((b) => b.type === "work_order.created")!.data).toMatchObject({
      status: "NEW",
      previousStatus: null,
    });
    expect(ok.find((b) => b.type === "work_order.estimate_decided")!.data).toMatchObject({
      estimate: { amountCents: 15_000, decision: "APPROVED", decidedBy: "manager" },
    });
    expect(ok.find((b) => b.type === "work_order.completed")!.data).toMatchObject({
      status: "COMPLETED",
      costs: { currency: "USD", approvedEstimateCents: 15_000, actualCostCents: 16_250 },
    });
    const all = JSON.stringify(ok);
    for (const secret of [tenant.email, "Kitchen sink leaking", "Replaced the trap", "+1555", "gate", "lockbox"])
      expect(all).not.toContain(secret);
  });

  it("fail verification with another secret", async () => {
    const r = accepted("/main")[0];
    const other = (await saveWebhookEndpoint({
      actor: admin,
      input: { url: base + "/spare", description: "", events: ["work_order.closed"], active: false },
      now: new Date(),
    }))!.secret!;
    expect(() => new Webhook(other).verify(r.body, r.headers)).toThrow(/No matching signature/);
    const tampered = { ...r, body: r.body.replace('"priority":"URGENT"', '"priority":"LOW"') };
    expect(tampered.body).not.toBe(r.body);
    expect(verifies(main.secret, tampered)).toBe(false);
  });

  it("sign with the old and the new secret for a day after a rotation; a test event goes through the worker", async () => {
    const now = new Date();
    const fresh = await rotateWebhookSecret({ actor: admin, endpointId: main.id, now });
    expect(fresh).not.toBe(main.secret);
    secrets.set("/main", [fresh, main.secret]); // the receiver checks both
    await sendTestWebhook({ actor: admin, endpointId: main.id, now });
    await twoWorkers(now);
    const test = accepted("/main").filter((r) => bodyOf(r).type === "webhook.test");
    expect(test).toHaveLength(1);
    expect(test[0].headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(test[0].id).toMatch(/^msg_test_/);
  });

  it("keep the log a month: the tick's purge drops sent rows after it, never waiting ones", async () => {
    const now = new Date();
    const waiting = await sendTestWebhook({ actor: admin, endpointId: main.id, now });
    const sent = await db().webhookDelivery.count({ where: { endpointId: main.id, status: "SENT" } });
    expect(sent).toBeGreaterThan(7);
    await purgeStale(new Date(now.getTime() + 29 * 86_400_000));
    expect(await db().webhookDelivery.count({ where: { endpointId: main.id, status: "SENT" } })).toBe(sent);
    await purgeStale(new Date(now.getTime() + 31 * 86_400_000));
    expect(await db().webhookDelivery.findMany({ where: { endpointId: main.id }, select: { id: true } })).toEqual([
      { id: waiting.id },
    ]);
  });

  it("keep another organisation's admin away from this one's endpoints", async () => {
    await expect(revealWebhookSecret({ actor: adminB, endpointId: main.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteWebhookEndpoint({ actor: adminB, now: new Date(), endpointId: main.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(sendTestWebhook({ actor: adminB, endpointId: main.id, now: new Date() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await deleteWebhookEndpoint({ actor: admin, now: new Date(), endpointId: main.id });
    expect(await db().webhookDelivery.count({ where: { endpointId: main.id } })).toBe(0);
  });
});
