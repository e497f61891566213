// "Send test event": queues a webhook.test message for one endpoint. The worker sends it like any
// other (signed, retried, logged), so it proves the whole path, not only the receiver.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow, found } from "@/lib/directory/guard";
import { WEBHOOK_TEST_EVENT } from "@/lib/outbox/webhook-events";

export async function sendTestWebhook({ actor, endpointId, now }: { actor: Actor; endpointId: string; now: Date }) {
  allow(actor, "settings:edit");
  const e = found(
    await db().webhookEndpoint.findFirst({ where: { id: endpointId, orgId: actor.orgId }, select: { id: true } }),
  );
  const messageId = `msg_test_${randomBytes(12).toString("hex")}`;
  return db().webhookDelivery.create({
    data: {
      orgId: actor.orgId,
      endpointId: e.id,
      messageId,
      eventType: WEBHOOK_TEST_EVENT,
      payload: {
        id: messageId,
        type: WEBHOOK_TEST_EVENT,
        timestamp: now.toISOString(),
        data: { endpointId: e.id, message: `A test event sent by ${actor.name} from Fixwell's settings.` },
      },
      nextAttemptAt: now,
      createdAt: now,
    },
  });
}
