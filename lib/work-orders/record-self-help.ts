// Someone says a "try this first" tip solved the problem: nothing is dispatched, and the outcome is
// counted (the reports' self-help deflection). A signed-in tenant, or a visitor on a property's QR
// form (issue 18: the same button for both). Never for something that reads as an emergency (gas,
// sparks, flooding, sewage, CO). A visitor's answers are limited per client address, so nobody can
// stuff the deflection figures.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addressKey, rateLimit } from "@/lib/rate-limit";
import { detectEmergency } from "@/lib/work-orders/emergency";

export const VISITOR_SELF_HELP_PER_HOUR = 20;

type Who = { actor: Actor } | { visitor: { propertySlug: string; unitId?: string; address?: string } };

export async function recordSelfHelp({
  categoryId,
  description,
  severity,
  now,
  ...who
}: Who & { categoryId: string; description: string; severity: string; now: Date }) {
  if (severity === "EMERGENCY" || detectEmergency(description).emergency) {
    throw new AppError("INVALID_INPUT", "err.selfHelpEmergency");
  }
  // The property too, so the deflection report counts a visitor who chose no unit.
  let place: { orgId: string; propertyId: string | null; unitId: string | null; userId: string | null };
  if ("actor" in who) {
    const { unitId, orgId, userId } = who.actor;
    const unit = unitId ? await db().unit.findUnique({ where: { id: unitId }, select: { propertyId: true } }) : null;
    place = { orgId, propertyId: unit?.propertyId ?? null, unitId, userId };
  } else {
    const property = await db().property.findFirst({
      where: { slug: who.visitor.propertySlug },
      select: { id: true, orgId: true, units: { where: { id: who.visitor.unitId ?? "" }, select: { id: true } } },
    });
    if (!property) throw new AppError("NOT_FOUND", "err.NOT_FOUND");
    await rateLimit(`selfhelp:ip:${addressKey(who.visitor.address)}`, VISITOR_SELF_HELP_PER_HOUR, 3600, now);
    place = { orgId: property.orgId, propertyId: property.id, unitId: property.units[0]?.id ?? null, userId: null };
  }
  const category = await db().category.findFirst({ where: { id: categoryId, orgId: place.orgId, active: true } });
  if (!category || category.tips.length === 0) {
    throw new AppError("INVALID_INPUT", "common.checkField", { categoryId: ["v.category"] });
  }
  return db().selfHelpOutcome.create({ data: { ...place, categoryId: category.id, createdAt: now } });
}
