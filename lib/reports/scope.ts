// Who may report on what (DESIGN.md §9): managers and admins on their properties, an owner on the
// properties they own, nobody else. Every report query is limited to the ids returned here, so a
// filter naming a property outside them finds nothing rather than another organisation's data.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ReportScope } from "@/lib/reports/types";

/**
 * The properties `actor` may report on, with the organisation's time zone and callback window. Throws FORBIDDEN for a
 * tenant, a technician or anyone without `reports:view`. `now` is accepted for symmetry with the
 * sections (scope does not depend on time today).
 */
export async function reportScope(actor: Actor, _now?: Date): Promise<ReportScope> {
  if (!can(actor, "reports:view")) throw new AppError("FORBIDDEN", "err.FORBIDDEN");
  const org = await db().organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    select: { timeZone: true, callbackWindowDays: true },
  });
  const where =
    actor.role === "OWNER"
      ? { orgId: actor.orgId, ownerId: actor.ownerId ?? "__none__" }
      : { orgId: actor.orgId, id: { in: actor.propertyIds } };
  const properties = await db().property.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  return {
    orgId: actor.orgId,
    propertyIds: properties.map((p) => p.id),
    timeZone: org.timeZone,
    callbackWindowDays: org.callbackWindowDays,
  };
}

/** Every property of an organisation: what its monthly export link covers (no person behind it). */
export async function organisationScope(orgId: string): Promise<ReportScope | null> {
  const org = await db().organization.findUnique({
    where: { id: orgId },
    select: {
      timeZone: true,
      callbackWindowDays: true,
      properties: { select: { id: true }, orderBy: { id: "asc" } },
    },
  });
  if (!org) return null;
  return {
    orgId,
    propertyIds: org.properties.map((p) => p.id),
    timeZone: org.timeZone,
    callbackWindowDays: org.callbackWindowDays,
  };
}
