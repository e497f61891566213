// The outbox worker. Claims due rows in one statement (FOR UPDATE SKIP LOCKED, so several workers
// never take the same row), sends each, then marks it sent and erases its secret. A claimed row
// carries a 5-minute lease in nextAttemptAt: a worker that dies mid-send leaves it to be retried.
// Then the due webhooks (lib/outbox/webhooks.ts), claimed the same way.
import "server-only";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { utc } from "@/lib/db/utc";
import { emailPort, smsPort, type EmailPort, type SmsPort } from "@/lib/outbox/channels";
import { renderEmail } from "@/lib/outbox/email/branded-email";
import { EMAIL_BRAND_SELECT, FALLBACK_BRAND, type EmailBrand } from "@/lib/outbox/email/footer";
import { isLocale } from "@/lib/i18n/locales";
import type { WebhookPost } from "@/lib/outbox/webhook-post";
import { deliverDueWebhooks } from "@/lib/outbox/webhooks";

const MAX_ATTEMPTS = 6;
const LEASE_MS = 5 * 60_000;
export const DELIVERY_BATCH = 20;

type Claimed = {
  id: string;
  orgId: string;
  channel: "EMAIL" | "SMS";
  recipient: string;
  subject: string | null;
  body: string;
  locale: string;
  secretEnc: string | null;
  attempts: number;
};

/** One message someone waits for: by its key, or the latest of a template to a recipient (a sign-in link). */
type Only = { dedupeKey: string } | { template: string; recipient: string };
type DeliverOptions = { email?: EmailPort; sms?: SmsPort; webhook?: WebhookPost; only?: Only };

/**
 * Delivers up to a batch of messages and a batch of webhooks due at `now`, oldest first; `only`
 * picks one message (a sign-in link someone waits for) and no webhooks. Leases, sent times and
 * backoff are counted from `now` too. The counts cover both.
 */
export async function deliverDueMessages(
  now: Date,
  { email, sms, webhook, only }: DeliverOptions = {},
): Promise<{ sent: number; failed: number }> {
  const messages = await deliverMessages(now, { email, sms, only });
  if (only) return messages;
  const hooks = await deliverDueWebhooks(now, { post: webhook });
  return { sent: messages.sent + hooks.sent, failed: messages.failed + hooks.failed };
}

async function deliverMessages(
  now: Date,
  { email: port = emailPort(), sms = smsPort(), only }: DeliverOptions,
): Promise<{ sent: number; failed: number }> {
  const channels = ["EMAIL", "SMS"];
  const key = only && "dedupeKey" in only ? only.dedupeKey : null;
  const template = only && "template" in only ? only.template : null;
  const recipient = only && "recipient" in only ? only.recipient : null;
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET status = 'SENDING', attempts = attempts + 1, "nextAttemptAt" = ${utc(new Date(now.getTime() + LEASE_MS))}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status IN ('PENDING', 'SENDING') AND "nextAttemptAt" <= ${utc(now)} AND channel::text = ANY(${channels})
        AND (${key}::text IS NULL OR "dedupeKey" = ${key})
        AND (${template}::text IS NULL OR (template = ${template} AND recipient = ${recipient}))
      ORDER BY "nextAttemptAt" LIMIT ${DELIVERY_BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, "orgId", channel::text AS channel, recipient, subject, body, locale, "secretEnc", attempts`;
  let sent = 0;
  let failed = 0;
  // Each organisation's branding once per batch; each email is rendered on its own (its language, its text).
  const brands = new Map<string, EmailBrand>();
  for (const orgId of new Set(rows.filter((r) => r.channel === "EMAIL").map((r) => r.orgId))) {
    const org = await db().organization.findUnique({ where: { id: orgId }, select: EMAIL_BRAND_SELECT });
    if (org) brands.set(orgId, org);
  }
  for (const row of rows) {
    try {
      const text = row.secretEnc ? row.body.replaceAll("{{link}}", decrypt(row.secretEnc)) : row.body;
      const sending = { orgId: row.orgId, now }; // the local store files it under the row's organisation
      const providerId =
        row.channel === "SMS"
          ? await sms.send({ to: row.recipient, text, idempotencyKey: row.id }, sending)
          : await port.send(
              {
                to: row.recipient,
                subject: row.subject ?? "Fixwell",
                ...(await renderEmail(
                  text,
                  brands.get(row.orgId) ?? FALLBACK_BRAND,
                  isLocale(row.locale) ? row.locale : "en",
                )),
                idempotencyKey: row.id,
              },
              sending,
            );
      await db().outboxMessage.update({
        where: { id: row.id },
        data: { status: "SENT", sentAt: now, providerId, secretEnc: null, lastError: null },
      });
      sent++;
    } catch (err) {
      console.error(`[outbox] delivery of ${row.id} failed (attempt ${row.attempts})`, err);
      const last = row.attempts >= MAX_ATTEMPTS;
      const backoffSeconds = 30 * 2 ** (row.attempts - 1);
      await db().outboxMessage.update({
        where: { id: row.id },
        data: {
          status: last ? "FAILED" : "PENDING",
          lastError: (err as Error).message.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + backoffSeconds * 1000),
          secretEnc: last ? null : undefined,
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
