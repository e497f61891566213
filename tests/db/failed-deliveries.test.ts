// A message that failed every try shows where the work is: a count on the work order's queue row
// and card (one grouped query on the page's ids), and the property's manager can send it again
// from the work order — not a manager of another property, not a tenant.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { EmailPort, SmsPort } from "@/lib/outbox/channels";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { failedMessageCounts, retryWorkOrderMessages } from "@/lib/work-orders/failed-messages";
import { queueBoard, queuePage } from "@/lib/work-orders/queue";
import { parseQueueFilter } from "@/lib/work-orders/queue-filter";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, sam: Actor;
let wo: { id: string; trackingNumber: number; orgId: string };
const ids: Record<"failed" | "lostLink" | "sent", string> = { failed: "", lostLink: "", sent: "" };

beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, sam] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "sam.wolfe@fixwell.example"].map(actorFor),
  );
  const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
  wo = await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: "failed-flag-1".padEnd(16, "x"),
      categoryId: plumbing.id,
      severity: "ROUTINE",
      description: "Dripping shower head",
    },
    now: new Date(),
  });
  const row = (key: string, status: "FAILED" | "SENT", body = "Your request was assigned.") =>
    db().outboxMessage.create({
      data: {
        orgId: wo.orgId,
        workOrderId: wo.id,
        dedupeKey: `test:${key}`,
        channel: "EMAIL",
        recipient: "tenant@fixwell.example",
        template: "assigned",
        subject: "Assigned",
        body,
        status,
        attempts: 6,
        lastError: status === "FAILED" ? "Resend refused the email: 500" : null,
      },
    });
  ids.failed = (await row("failed", "FAILED")).id;
  ids.lostLink = (await row("lost", "FAILED", "Sign in here: {{link}}")).id;
  ids.sent = (await row("sent", "SENT")).id;
});

const status = async (id: string) => (await db().outboxMessage.findUniqueOrThrow({ where: { id } })).status;

describe("failed messages on the queue and the work order", () => {
  it("counts them for a page of work orders, and none for the rest", async () => {
    const others = await db().workOrder.findMany({ where: { id: { not: wo.id } }, select: { id: true }, take: 5 });
    const counts = await failedMessageCounts([wo.id, ...others.map((o) => o.id)]);
    expect([...counts.entries()]).toEqual([[wo.id, 2]]);
    expect((await failedMessageCounts([])).size).toBe(0);
  });

  it("the queue row and the board card carry the count", async () => {
    const { rows } = await queuePage(dana, parseQueueFilter({ status: "ALL" }), new Date());
    expect(rows.find((r) => r.id === wo.id)?.failedMessages).toBe(2);
    expect(rows.filter((r) => r.id !== wo.id).every((r) => r.failedMessages === 0)).toBe(true);
    const board = await queueBoard(dana, parseQueueFilter({ view: "board" }), new Date());
    expect(board.flatMap((c) => c.cards).find((c) => c.id === wo.id)?.failedMessages).toBe(2);
  });

  it("a manager of another property gets not-found and a tenant is refused; nothing changes", async () => {
    const samErr = await retryWorkOrderMessages({
      actor: sam,
      trackingNumber: wo.trackingNumber,
      now: new Date(),
    }).catch((e: AppError) => e);
    expect(samErr).toMatchObject({ code: "NOT_FOUND" });
    const tenantErr = await retryWorkOrderMessages({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      now: new Date(),
    }).catch((e: AppError) => e);
    expect(tenantErr).toBeInstanceOf(AppError);
    expect((tenantErr as AppError).code).toBe("FORBIDDEN");
    expect([await status(ids.failed), await status(ids.lostLink)]).toEqual(["FAILED", "FAILED"]);
  });

  it("the property's manager sends them again; one whose link was erased stays failed; delivery then clears the flag", async () => {
    const now = new Date(Date.now() - 1000);
    expect(await retryWorkOrderMessages({ actor: dana, trackingNumber: wo.trackingNumber, now })).toEqual({
      queued: 1,
      lost: 1,
    });
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: ids.failed } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      lastError: null,
    });
    expect([await status(ids.lostLink), await status(ids.sent)]).toEqual(["FAILED", "SENT"]);
    const sent: string[] = [];
    const email: EmailPort = { send: async (m) => (sent.push(m.idempotencyKey), `ok_${m.idempotencyKey}`) };
    const sms: SmsPort = { send: async () => "ok" };
    // Deliver until this one is out (the demo's own queued messages may come first).
    for (let i = 0; i < 10 && !sent.includes(ids.failed); i++) await deliverDueMessages(new Date(), { email, sms });
    expect(await status(ids.failed)).toBe("SENT");
    expect((await failedMessageCounts([wo.id])).get(wo.id)).toBe(1);
    expect(await retryWorkOrderMessages({ actor: dana, trackingNumber: wo.trackingNumber, now: new Date() })).toEqual({
      queued: 0,
      lost: 1,
    });
  });
});
