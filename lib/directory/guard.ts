// The use cases check the permission themselves (an action is a public endpoint, and tests call
// the use cases directly), and scope every query to the actor's organisation and properties.
import type { Actor } from "@/lib/auth/session";
import { can, type Action } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { Msg } from "@/lib/i18n/translate";

export function allow(actor: Actor, action: Action) {
  if (!can(actor, action)) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
}

/** Properties this actor may see in the directory (a manager's own; all of an admin's org). */
export function propertyScope(actor: Actor) {
  return { orgId: actor.orgId, id: { in: actor.propertyIds } };
}

export function found<T>(row: T | null | undefined): T {
  if (!row) throw notFound();
  return row;
}

export const fieldError = (field: string, message: Msg | string) =>
  new AppError("INVALID_INPUT", "common.checkField", { [field]: [message] });

/** One property, only if it is in the actor's scope (else the query finds nothing: a 404). */
export function ownProperty(actor: Actor, id: string) {
  return { id, orgId: actor.orgId, AND: [{ id: { in: actor.propertyIds } }] };
}
