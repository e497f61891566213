// What the directory's property and tenant pages show. Scoped in the query like every read: a
// property outside the actor's scope is found by nothing, so the page's 404 is the same as a missing one.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ownProperty, propertyScope } from "@/lib/directory/guard";

/** The directory's front page: the properties this person looks after, by name. */
export function directoryProperties(actor: Actor) {
  return db().property.findMany({
    where: { orgId: actor.orgId, id: { in: actor.propertyIds } },
    orderBy: { name: "asc" },
    include: { _count: { select: { units: true } }, owner: true, managers: { include: { user: true } } },
  });
}

/** One property with its units, tenants, managers and owner; null when out of scope. */
export function propertyDetails(actor: Actor, id: string) {
  return db().property.findFirst({
    where: ownProperty(actor, id),
    include: {
      units: { orderBy: { label: "asc" }, include: { tenants: { include: { user: true } } } },
      managers: true,
      owner: { select: { name: true, approvalLimitCents: true } },
    },
  });
}

/** The owners a property can be given, by name. */
export function ownerOptions(actor: Actor) {
  return db().owner.findMany({ where: { orgId: actor.orgId }, orderBy: { name: "asc" } });
}

/** Managers who can be assigned to a property (disabled accounts left out), by name. */
export function assignableManagers(actor: Actor) {
  return db().user.findMany({
    where: { orgId: actor.orgId, role: "MANAGER", disabledAt: null },
    orderBy: { name: "asc" },
  });
}

/** The organisation's cost-approval limits, shown where a property's own limits are empty. */
export function orgApprovalLimits(actor: Actor) {
  return db().organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    select: { managerApprovalLimitCents: true, ownerNotifyLimitCents: true },
  });
}

/** A property alone; null when out of scope. */
export function scopedProperty(actor: Actor, id: string) {
  return db().property.findFirst({ where: ownProperty(actor, id) });
}

/** A property with its units by label, for the printable QR sheet; null when out of scope. */
export function propertyWithUnits(actor: Actor, id: string) {
  return db().property.findFirst({
    where: ownProperty(actor, id),
    include: { units: { orderBy: { label: "asc" } } },
  });
}

/** A property with only the asked-for unit (none when no unit is asked for); null when out of scope. */
export function propertyForQr(actor: Actor, id: string, unitId: string | undefined) {
  return db().property.findFirst({
    where: ownProperty(actor, id),
    include: { units: { where: { id: unitId ?? "" } } },
  });
}

/** A tenant with their user and unit, only at a property in scope. */
export function tenantForEdit(actor: Actor, id: string) {
  return db().tenantProfile.findFirst({
    where: { id, unit: { property: propertyScope(actor) } },
    include: { user: true, unit: true },
  });
}

/** The units of one property in scope, by label (none when it is out of scope). */
export function tenantUnitOptions(actor: Actor, propertyId: string) {
  return db().unit.findMany({
    where: { propertyId, property: propertyScope(actor) },
    orderBy: { label: "asc" },
    include: { property: true },
  });
}
