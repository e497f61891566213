// "How did we do?": the tenant rates a closed request once, 1 to 5, with an optional comment.
import "server-only";
import type { Caller } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";

export async function rateWorkOrder({
  actor,
  trackingNumber,
  rating,
  comment,
  now,
}: {
  actor: Caller;
  trackingNumber: number;
  rating: number;
  comment: string;
  now: Date;
}) {
  const wo = await db().workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) } });
  if (!wo) throw notFound();
  if (wo.status !== "CLOSED") throw new AppError("TRANSITION_NOT_ALLOWED", "err.rateClosedOnly");
  return db().$transaction(async (tx) => {
    const { count } = await tx.workOrder.updateMany({
      where: { id: wo.id, ratedAt: null },
      data: { rating, ratingComment: comment || null, ratedAt: now },
    });
    if (count === 0) throw new AppError("INVALID_INPUT", "err.alreadyRated");
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "RATED",
        details: { rating, ...(comment ? { comment } : {}) },
        createdAt: now,
      },
    });
  });
}
