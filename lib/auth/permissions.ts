// The one permission table. Record-level scope (which properties, which unit) lives in the
// queries; this says which kinds of action a role may attempt at all.
import type { Role } from "@/lib/db/generated/enums";

export type Action =
  | "request:create"
  | "request:view-own"
  | "queue:view"
  | "work-order:manage"
  | "outbox:read"
  | "settings:edit";

const TABLE: Record<Action, Role[]> = {
  "request:create": ["TENANT", "MANAGER", "ADMIN"],
  "request:view-own": ["TENANT"],
  "queue:view": ["MANAGER", "ADMIN"],
  "work-order:manage": ["MANAGER", "ADMIN"],
  "outbox:read": ["ADMIN"],
  "settings:edit": ["ADMIN"],
};

export function can(actor: { role: Role } | null | undefined, action: Action): boolean {
  return !!actor && TABLE[action].includes(actor.role);
}
