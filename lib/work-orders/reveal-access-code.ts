// A manager reads a gate or lockbox code on one tap (SECURITY.md): only a manager of the work
// order's property (the scope is in the query), and every reveal is on the tenant's timeline
// saying who viewed which code. The code itself is never logged or put in the page.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";

export type CodeKind = "gate" | "lockbox";

export async function revealAccessCode({
  actor,
  trackingNumber,
  which,
  now,
}: {
  actor: Actor;
  trackingNumber: number;
  which: CodeKind;
  now: Date;
}): Promise<string> {
  if (!can(actor, "work-order:manage")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({
      where: { trackingNumber, ...scopeFor(actor) },
      select: { id: true, gateCodeEnc: true, lockboxCodeEnc: true },
    });
    if (!wo) throw notFound();
    const sealed = which === "gate" ? wo.gateCodeEnc : wo.lockboxCodeEnc;
    if (!sealed) throw new AppError("INVALID_INPUT", "err.noAccessCode");
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "CODE_REVEALED",
        details: { code: which, by: actor.name },
        visibility: "PUBLIC",
        createdAt: now,
      },
    });
    return decrypt(sealed);
  });
}
