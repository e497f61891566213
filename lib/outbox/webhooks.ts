// Delivers webhook rows (written by the trigger on WorkOrderEvent, or by "Send test event"). Same
// shape as the message worker: one statement claims due rows with FOR UPDATE SKIP LOCKED and a
// lease, so concurrent workers never send the same row; each is signed per Standard Webhooks and
// POSTed; a 2xx marks it sent, anything else retries on the Standard Webhooks schedule. The
// webhook-id stays the same on every try, so a receiver drops a repeat.
import "server-only";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { utc } from "@/lib/db/utc";
import { env } from "@/lib/env";
import { postWebhook, type WebhookPost } from "@/lib/outbox/webhook-post";

export const WEBHOOK_BATCH = 20;
const LEASE_MS = 5 * 60_000; // far longer than one POST may take (10 s)
// Seconds to wait after each failed try: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (then give up).
const RETRY_AFTER_S = [5, 300, 1800, 7200, 18000, 36000, 36000];
export const WEBHOOK_MAX_ATTEMPTS = RETRY_AFTER_S.length + 1;

/** A new signing secret: whsec_ and 24 random bytes in base64, as Standard Webhooks writes them. */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/** The three Standard Webhooks headers; every secret given signs (after a rotation: old and new). */
export function signedHeaders(secrets: string[], messageId: string, at: Date, body: string) {
  return {
    "content-type": "application/json",
    "user-agent": "Fixwell-Webhooks/1",
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": secrets.map((s) => new Webhook(s).sign(messageId, at, body)).join(" "),
  };
}

type Claimed = {
  id: string;
  endpointId: string;
  messageId: string;
  body: string;
  attempts: number;
};

export async function deliverDueWebhooks(
  now: Date,
  {
    post = postWebhook,
    production = env().NODE_ENV === "production",
  }: { post?: WebhookPost; production?: boolean } = {},
): Promise<{ sent: number; failed: number }> {
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" SET status = 'SENDING', attempts = attempts + 1, "lastAttemptAt" = ${utc(now)},
      "nextAttemptAt" = ${utc(new Date(now.getTime() + LEASE_MS))}
    WHERE id IN (
      SELECT d.id FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      WHERE d.status IN ('PENDING', 'SENDING') AND d."nextAttemptAt" <= ${utc(now)} AND e.active
      ORDER BY d."nextAttemptAt" LIMIT ${WEBHOOK_BATCH} FOR UPDATE OF d SKIP LOCKED)
    RETURNING id, "endpointId", "messageId", payload::text AS body, attempts`;
  if (rows.length === 0) return { sent: 0, failed: 0 };
  const endpoints = new Map(
    (
      await db().webhookEndpoint.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.endpointId))] } },
        select: { id: true, url: true, secretEnc: true, previousSecretEnc: true, previousSecretUntil: true },
      })
    ).map((e) => [e.id, e]),
  );
  // Outside any transaction, so several POSTs may wait on slow receivers at once.
  const results = await Promise.all(
    rows.map(async (row) => {
      const endpoint = endpoints.get(row.endpointId);
      if (!endpoint) return false; // deleted since the claim, and its deliveries with it
      const secrets = [endpoint.secretEnc];
      if (endpoint.previousSecretEnc && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now)
        secrets.push(endpoint.previousSecretEnc);
      const body = JSON.stringify(JSON.parse(row.body)); // compact, and the same bytes on every try
      try {
        const headers = signedHeaders(secrets.map(decrypt), row.messageId, now, body);
        const res = await post({ url: endpoint.url, headers, body }, { production });
        const ok = res.status >= 200 && res.status < 300;
        await record(row, now, ok, { code: res.status, reply: res.body, error: ok ? null : `HTTP ${res.status}` });
        return ok;
      } catch (err) {
        await record(row, now, false, { code: null, reply: null, error: (err as Error).message });
        return false;
      }
    }),
  );
  const sent = results.filter(Boolean).length;
  return { sent, failed: results.length - sent };
}

async function record(
  row: Claimed,
  now: Date,
  ok: boolean,
  got: { code: number | null; reply: string | null; error: string | null },
) {
  const last = row.attempts >= WEBHOOK_MAX_ATTEMPTS;
  await db().webhookDelivery.update({
    where: { id: row.id },
    data: {
      status: ok ? "SENT" : last ? "FAILED" : "PENDING",
      sentAt: ok ? now : undefined,
      nextAttemptAt: ok || last ? now : new Date(now.getTime() + RETRY_AFTER_S[row.attempts - 1] * 1000),
      lastStatusCode: got.code,
      lastResponse: got.reply?.slice(0, 500) ?? null,
      lastError: got.error?.slice(0, 500) ?? null,
    },
  });
}
