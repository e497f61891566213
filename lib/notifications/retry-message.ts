// An admin sends a failed message again: back to pending, due now, attempts counted afresh. A
// message whose secret link was erased after its last try cannot be rebuilt: the person asks for
// a new link instead, and the admin is told so.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { lostItsLink } from "@/lib/outbox/outbox";

export async function retryMessage({ actor, id, now }: { actor: Actor; id: string; now: Date }) {
  if (!can(actor, "outbox:read")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  const row = await db().outboxMessage.findFirst({ where: { id, orgId: actor.orgId } });
  if (!row) throw notFound();
  if (row.status !== "FAILED") throw new AppError("TRANSITION_NOT_ALLOWED", "err.retryNotFailed");
  if (lostItsLink(row)) {
    throw new AppError("TRANSITION_NOT_ALLOWED", "err.retryLostLink");
  }
  const { count } = await db().outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lastError: null },
  });
  if (count === 0) throw new AppError("STALE_VERSION", "err.STALE_VERSION");
}
