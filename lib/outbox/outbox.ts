// Messages leave through the outbox: a row written in the caller's transaction, delivered later
// by the worker. A link that is a secret (sign-in) travels encrypted in `secretEnc` and is erased
// once sent; the body holds a {{link}} placeholder.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { encrypt } from "@/lib/crypto";
import type { Locale } from "@/lib/i18n/locales";

export type Outgoing = {
  orgId: string;
  dedupeKey: string;
  channel: "EMAIL" | "SMS";
  recipient: string;
  userId?: string;
  workOrderId?: string;
  template: string;
  locale?: Locale; // the recipient's: the email's footer is written in it (English when not given)
  subject?: string;
  body: string;
  secretLink?: string;
  notBefore?: Date | null; // quiet hours: not delivered before this
};

// Stamped with the caller's clock, never the database's: a message queued "now" is due at that
// `now` (or after quiet hours), so a caller that runs on another clock (a test, a replayed tick)
// gets rows that agree with the rest of its change.
function row(m: Outgoing, now: Date): Prisma.OutboxMessageCreateManyInput {
  return {
    orgId: m.orgId,
    dedupeKey: m.dedupeKey,
    channel: m.channel,
    recipient: m.recipient,
    userId: m.userId,
    workOrderId: m.workOrderId,
    template: m.template,
    locale: m.locale,
    subject: m.subject,
    body: m.body,
    secretEnc: m.secretLink ? encrypt(m.secretLink) : undefined,
    createdAt: now,
    nextAttemptAt: m.notBefore ?? now,
  };
}

/**
 * The rows as a raw statement inserts them (a caller folding its writes into one statement): every
 * column the database would otherwise default, filled; ids made here.
 */
export function outboxRows(ms: Outgoing[], now: Date) {
  return ms.map((m) => ({
    ...row(m, now),
    id: randomUUID(),
    locale: m.locale ?? "en",
    status: "PENDING",
    attempts: 0,
    nextAttemptAt: (m.notBefore ?? now).toISOString(),
    createdAt: now.toISOString(),
  }));
}

/** Queues a message unless one with the same key exists; true when this call queued it. */
export async function enqueue(tx: Tx, m: Outgoing, now: Date): Promise<boolean> {
  // The unique dedupe key makes a repeated enqueue a no-op (ON CONFLICT DO NOTHING), not a second message.
  const { count } = await tx.outboxMessage.createMany({ data: [row(m, now)], skipDuplicates: true });
  return count > 0;
}

/** Queues many in one statement (a cron step's batch), each unless its key exists; returns how many were new. */
export async function enqueueMany(tx: Tx, ms: Outgoing[], now: Date): Promise<number> {
  if (ms.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({ data: ms.map((m) => row(m, now)), skipDuplicates: true });
  return count;
}

/** A message whose one-time link was erased after its last try cannot be rebuilt: the person asks for a new link. */
export const lostItsLink = (m: { body: string; secretEnc: string | null }) =>
  m.body.includes("{{link}}") && !m.secretEnc;
