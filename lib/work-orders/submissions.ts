// Has this form (its idempotency key) already made a work order? A retried or doubled post is
// answered from the first one, so it must not count against the public form's rate limits.
import "server-only";
import { db } from "@/lib/db/client";

export async function alreadySubmitted(idempotencyKey: string): Promise<boolean> {
  return !!(await db().workOrder.findUnique({ where: { idempotencyKey }, select: { id: true } }));
}
