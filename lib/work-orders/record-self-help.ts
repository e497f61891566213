// A tenant says a "try this first" tip solved the problem: nothing is dispatched, and the outcome is
// counted. Never for something that reads as an emergency (gas, sparks, flooding, sewage, CO).
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { detectEmergency } from "@/lib/work-orders/emergency";

export async function recordSelfHelp({
  actor,
  categoryId,
  description,
  severity,
  now,
}: {
  actor: Actor;
  categoryId: string;
  description: string;
  severity: string;
  now: Date;
}) {
  if (severity === "EMERGENCY" || detectEmergency(description).emergency) {
    throw new AppError("INVALID_INPUT", "err.selfHelpEmergency");
  }
  const category = await db().category.findFirst({ where: { id: categoryId, orgId: actor.orgId, active: true } });
  if (!category || category.tips.length === 0) {
    throw new AppError("INVALID_INPUT", "common.checkField", { categoryId: ["v.category"] });
  }
  return db().selfHelpOutcome.create({
    data: { orgId: actor.orgId, categoryId: category.id, unitId: actor.unitId, userId: actor.userId, createdAt: now },
  });
}
