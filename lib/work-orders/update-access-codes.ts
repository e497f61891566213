// A tenant changes a gate or lockbox code on their open request at any time (issue 8): the next
// reveal (manager, vendor, technician) shows the new code. Codes are written encrypted and never
// read back into a page; the timeline says a code changed, never what it is. A signed-in tenant
// may keep the change on their profile for next time.
import { asActor } from "@/lib/audit/as-actor";
import "server-only";
import type { Caller } from "@/lib/auth/session";
import { encrypt } from "@/lib/crypto";
import { AppError, invalidField, notFound } from "@/lib/errors";
import { scopeFor } from "@/lib/work-orders/scope";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";

export type CodeChange = { gateCode?: string; lockboxCode?: string; saveToProfile?: boolean };
const OPEN = ACTIVE_STATUSES;

export async function updateAccessCodes({
  actor,
  trackingNumber,
  change,
  now,
}: {
  actor: Caller;
  trackingNumber: number;
  change: CodeChange;
  now: Date;
}) {
  if (actor.role !== "TENANT") throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  const gate = change.gateCode?.trim() || undefined;
  const lockbox = change.lockboxCode?.trim() || undefined;
  if (!gate && !lockbox) throw invalidField("gateCode", "v.codeNone");
  // The tenant's own profile may change: the audit log records it as theirs.
  return asActor(actor, now, async (tx) => {
    const wo = await tx.workOrder.findFirst({
      where: { trackingNumber, status: { in: [...OPEN] }, ...scopeFor(actor) },
      select: { id: true, unitId: true },
    });
    if (!wo) throw notFound();
    const data = {
      ...(gate ? { gateCodeEnc: encrypt(gate) } : {}),
      ...(lockbox ? { lockboxCodeEnc: encrypt(lockbox) } : {}),
    };
    await tx.workOrder.update({ where: { id: wo.id }, data });
    if (change.saveToProfile && !("via" in actor)) {
      await tx.tenantProfile.updateMany({ where: { userId: actor.userId }, data });
    }
    const codes = [gate && "gate", lockbox && "lockbox"].filter(Boolean) as string[];
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "ACCESS_CODES_CHANGED",
        details: { codes: codes.join(",") },
        visibility: "PUBLIC",
        createdAt: now,
      },
    });
    return codes;
  });
}
