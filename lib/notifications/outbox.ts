// Messages leave through the outbox: a row written in the caller's transaction, delivered later
// by the worker. A link that is a secret (sign-in) travels encrypted in `secretEnc` and is erased
// once sent; the body holds a {{link}} placeholder.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { encrypt } from "@/lib/crypto";

export type Outgoing = {
  orgId: string;
  dedupeKey: string;
  channel: "EMAIL" | "SMS";
  recipient: string;
  userId?: string;
  workOrderId?: string;
  template: string;
  subject?: string;
  body: string;
  secretLink?: string;
  notBefore?: Date | null; // quiet hours: not delivered before this
};

/** Queues a message unless one with the same key exists; true when this call queued it. */
export async function enqueue(tx: Tx, m: Outgoing): Promise<boolean> {
  const data: Prisma.OutboxMessageCreateManyInput = {
    orgId: m.orgId,
    dedupeKey: m.dedupeKey,
    channel: m.channel,
    recipient: m.recipient,
    userId: m.userId,
    workOrderId: m.workOrderId,
    template: m.template,
    subject: m.subject,
    body: m.body,
    secretEnc: m.secretLink ? encrypt(m.secretLink) : undefined,
    ...(m.notBefore ? { nextAttemptAt: m.notBefore } : {}),
  };
  // The unique dedupe key makes a repeated enqueue a no-op (ON CONFLICT DO NOTHING), not a second message.
  const { count } = await tx.outboxMessage.createMany({ data: [data], skipDuplicates: true });
  return count > 0;
}
