// A tenant adds to their own open request (instead of opening a duplicate, or to say more).
// The message and its timeline event are one transaction; the property's managers and the vendor or
// technician on the job are told (lib/work-orders/thread-notices.ts).
import "server-only";
import type { Caller } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";
import { tellThread } from "@/lib/work-orders/thread-notices";

export async function addTenantMessage({
  actor,
  trackingNumber,
  body,
  now,
}: {
  actor: Caller;
  trackingNumber: number;
  body: string;
  now: Date;
}) {
  const wo = await db().workOrder.findFirst({
    where: { trackingNumber, status: { in: ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"] }, ...scopeFor(actor) },
  });
  if (!wo) throw notFound();
  return db().$transaction(async (tx) => {
    const message = await tx.message.create({
      data: { workOrderId: wo.id, authorId: actor.userId, authorLabel: actor.name, body, createdAt: now },
    });
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "MESSAGE",
        details: { body, messageId: message.id },
        createdAt: now,
      },
    });
    await tellThread(tx, wo.id, { messageId: message.id, from: "tenant", name: actor.name, body }, now);
    return message;
  });
}
