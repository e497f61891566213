// Staff-side words for the queue (staff pages are English-only for now).
import type { HoldReason, Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import type { QueueSort, SavedView } from "@/lib/work-orders/queue-filter";

export const STATUS_TEXT: Record<WorkOrderStatus, string> = {
  NEW: "New",
  ASSIGNED: "Assigned",
  SCHEDULED: "Scheduled",
  COMPLETED: "Completed",
  CLOSED: "Closed",
  CANCELLED: "Cancelled",
};
export const PRIORITY_TEXT: Record<Priority, string> = {
  EMERGENCY: "Emergency",
  URGENT: "Urgent",
  ROUTINE: "Routine",
  LOW: "Low",
};
export const HOLD_TEXT: Record<HoldReason, string> = {
  WAITING_FOR_PARTS: "Waiting for parts",
  WAITING_FOR_OWNER_APPROVAL: "Waiting for owner approval",
  NO_ACCESS: "No access",
  TENANT_UNREACHABLE: "Tenant unreachable",
  OTHER: "Other",
};
export const SAVED_VIEW_TEXT: Record<SavedView, string> = {
  mine: "Waiting on me",
  unassigned: "Unassigned",
  emergencies: "Emergencies",
  breached: "Breached",
  waiting: "Waiting on us",
  owner: "Waiting on owner",
};
export const SORT_TEXT: Record<QueueSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  priority: "Priority",
  due: "Next SLA due soonest",
};

/** The queue's words for who answers for a request (issue 18). */
export const NO_ONE_RESPONSIBLE = "No one responsible";
