// The work order's life (DESIGN.md §2) as data: which status may follow which, and who may
// make the move. Pure: no database, no framework; every use case that changes a status asks here.
import type { Role, WorkOrderStatus } from "@/lib/db/generated/enums";

export type Mover = Role | "VENDOR" | "SYSTEM";

type Rule = {
  from: WorkOrderStatus[];
  to: WorkOrderStatus;
  who: Mover[];
  requires?: "reason" | "notes" | "window" | "assignee";
};

// Named status sets: what each word means, in one place (the queue, the jobs, the crons, the pages).
/** Work still to do: not yet completed, closed or cancelled. SLA clocks run; holds, codes and estimates apply. */
export const ACTIVE_STATUSES: readonly WorkOrderStatus[] = ["NEW", "ASSIGNED", "SCHEDULED"];
/** A job in someone's hands: a vendor or technician is on it. */
export const ASSIGNED_STATUSES: readonly WorkOrderStatus[] = ["ASSIGNED", "SCHEDULED"];
/** The work is done: completed (waiting for the tenant's word) or closed. */
export const DONE_STATUSES: readonly WorkOrderStatus[] = ["COMPLETED", "CLOSED"];
/** The queue's "open": active, and completed work still to be confirmed and closed. */
export const QUEUE_OPEN_STATUSES: readonly WorkOrderStatus[] = [...ACTIVE_STATUSES, "COMPLETED"];
/** Every status, in the order of the work order's life. */
export const ALL_STATUSES: readonly WorkOrderStatus[] = [...QUEUE_OPEN_STATUSES, "CLOSED", "CANCELLED"];
export const isStatusIn = (set: readonly WorkOrderStatus[], s: WorkOrderStatus) => set.includes(s);

const STAFF: Mover[] = ["ADMIN", "MANAGER"];

export const TRANSITIONS: Rule[] = [
  { from: ["NEW"], to: "ASSIGNED", who: STAFF, requires: "assignee" },
  { from: ["ASSIGNED"], to: "SCHEDULED", who: [...STAFF, "VENDOR", "TECHNICIAN"], requires: "window" },
  { from: ["SCHEDULED"], to: "SCHEDULED", who: [...STAFF, "VENDOR", "TECHNICIAN"], requires: "window" },
  { from: ["ASSIGNED", "SCHEDULED"], to: "ASSIGNED", who: STAFF, requires: "assignee" },
  { from: ["ASSIGNED", "SCHEDULED"], to: "COMPLETED", who: [...STAFF, "VENDOR", "TECHNICIAN"], requires: "notes" },
  { from: ["COMPLETED"], to: "CLOSED", who: [...STAFF, "TENANT", "SYSTEM"] },
  { from: ["COMPLETED"], to: "ASSIGNED", who: [...STAFF, "TENANT"], requires: "reason" },
  { from: ["NEW", "ASSIGNED", "SCHEDULED"], to: "CANCELLED", who: STAFF, requires: "reason" },
  { from: ["NEW"], to: "CANCELLED", who: ["TENANT"], requires: "reason" },
  { from: ["ASSIGNED"], to: "NEW", who: [...STAFF, "VENDOR", "TECHNICIAN"], requires: "reason" },
  { from: ["CLOSED"], to: "ASSIGNED", who: STAFF, requires: "reason" },
];

export const STATUS_LABEL: Record<WorkOrderStatus, string> = {
  NEW: "New",
  ASSIGNED: "Assigned",
  SCHEDULED: "Scheduled",
  COMPLETED: "Completed",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};

// Messages are keys of lib/i18n/messages with their slots (status keys are translated too).
type Refusal = {
  ok: false;
  code: "TRANSITION_NOT_ALLOWED" | "ROLE_NOT_ALLOWED" | "CALLBACK_WINDOW_PASSED";
  message: string;
  vars?: Record<string, string | number>;
};

export type TransitionCheck = { ok: true; requires?: Rule["requires"] } | Refusal;

/**
 * May `who` move a work order from `from` to `to`? A closed one may be reopened (a callback) only
 * within the organisation's reopen window (Settings, 30 days by default) of `closed.at`.
 */
export function checkTransition(input: {
  from: WorkOrderStatus;
  to: WorkOrderStatus;
  who: Mover;
  closed?: { at: Date | null; reopenWindowDays: number };
  now: Date;
}): TransitionCheck {
  const { from, to, who } = input;
  const rules = TRANSITIONS.filter((r) => r.to === to && r.from.includes(from));
  if (rules.length === 0) {
    return {
      ok: false,
      code: "TRANSITION_NOT_ALLOWED",
      message: "err.TRANSITION_NOT_ALLOWED",
      vars: { from: `status.${from}`, to: `status.${to}` },
    };
  }
  const rule = rules.find((r) => r.who.includes(who));
  if (!rule) {
    return { ok: false, code: "ROLE_NOT_ALLOWED", message: "err.ROLE_NOT_ALLOWED" };
  }
  if (from === "CLOSED" && input.closed?.at) {
    const days = (input.now.getTime() - input.closed.at.getTime()) / 86_400_000;
    if (days > input.closed.reopenWindowDays) {
      return {
        ok: false,
        code: "CALLBACK_WINDOW_PASSED",
        message: "err.callbackWindow",
        vars: { days: input.closed.reopenWindowDays },
      };
    }
  }
  return { ok: true, requires: rule.requires };
}

/** The moves a given mover may offer from a status (for showing buttons; the server still checks). */
export function nextStatuses(from: WorkOrderStatus, who: Mover): WorkOrderStatus[] {
  return [...new Set(TRANSITIONS.filter((r) => r.from.includes(from) && r.who.includes(who)).map((r) => r.to))];
}
