// The one permission table. Record-level scope (which properties, which unit) lives in the
// queries; this says which kinds of action a role may attempt at all.
import type { Role } from "@/lib/db/generated/enums";

export type Action =
  | "request:create"
  | "request:view-own"
  | "queue:view"
  | "work-order:manage"
  | "work-order:override-compliance" // assign a vendor whose insurance or licence has lapsed (logged)
  | "job:work" // the jobs assigned to an in-house technician ("My jobs"); vendors act through their job links
  | "estimate:add"
  | "estimate:approve" // as the manager, within the approval rules
  | "directory:view"
  | "directory:edit" // units, tenants and access profiles of the properties a manager is assigned to
  | "vendors:edit"
  | "owners:edit"
  | "managers:assign"
  | "owner:view" // an owner's own properties, read-only
  | "reports:view" // how maintenance is going: staff for their properties, an owner for theirs
  | "outbox:read"
  | "settings:edit"
  | "audit:view" // the audit log: every change to settings, the directory and people, and every sign-in
  | "notifications:own"; // how and in which language staff hear from the portal (their own row)

const STAFF: Role[] = ["MANAGER", "ADMIN"];

const TABLE: Record<Action, Role[]> = {
  "request:create": ["TENANT", ...STAFF],
  "request:view-own": ["TENANT"],
  "queue:view": STAFF,
  "work-order:manage": STAFF,
  "work-order:override-compliance": STAFF,
  "job:work": ["TECHNICIAN"],
  "estimate:add": [...STAFF, "TECHNICIAN"],
  "estimate:approve": STAFF,
  "directory:view": STAFF,
  "directory:edit": STAFF,
  "vendors:edit": ["ADMIN"],
  "owners:edit": ["ADMIN"],
  "managers:assign": ["ADMIN"],
  "owner:view": ["OWNER"],
  "reports:view": [...STAFF, "OWNER"],
  "outbox:read": ["ADMIN"],
  "settings:edit": ["ADMIN"],
  "audit:view": ["ADMIN"],
  "notifications:own": [...STAFF, "TECHNICIAN"],
};

/** A vendor on a job link ("VENDOR") holds no role here: what a link may do is its own use cases'. */
export function can(actor: { role: Role | "VENDOR" } | null | undefined, action: Action): boolean {
  return !!actor && actor.role !== "VENDOR" && TABLE[action].includes(actor.role);
}

/** For the role-matrix test: the whole table, read-only. */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = TABLE;
