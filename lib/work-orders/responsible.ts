// Who may be responsible for a property's work (issue 18): an active admin, or an active manager
// assigned to that property — the staff who can see it. The same rule for the property's default,
// for intake and for a change by hand, so nobody is made responsible for work they cannot open.
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** Who may be responsible for work at one of these properties (undefined: any of the organisation's). */
export function responsibleWhere(orgId: string, propertyIds?: string[]): Prisma.UserWhereInput {
  const manages = propertyIds ? { managedProperties: { some: { propertyId: { in: propertyIds } } } } : {};
  return { orgId, disabledAt: null, OR: [{ role: "ADMIN" }, { role: "MANAGER", ...manages }] };
}

/** The people who may be made responsible for work at this property, by name. */
export function responsibleCandidates(orgId: string, propertyId: string) {
  return db().user.findMany({
    where: responsibleWhere(orgId, [propertyId]),
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}

/** The property's default responsible person, if they still may be (else no one). */
export async function intakeResponsible(
  tx: Tx,
  property: { orgId: string; id: string; defaultResponsibleId: string | null },
): Promise<string | null> {
  if (!property.defaultResponsibleId) return null;
  const ok = await tx.user.findFirst({
    where: { id: property.defaultResponsibleId, ...responsibleWhere(property.orgId, [property.id]) },
    select: { id: true },
  });
  return ok?.id ?? null;
}
