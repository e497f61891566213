// What the queue shows of a work order: plain view types, importable by components (no database).
import type { HoldReason, Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import type { SavedView } from "@/lib/work-orders/queue-filter";

export type QueueRow = {
  id: string;
  trackingNumber: number;
  version: number;
  status: WorkOrderStatus;
  priority: Priority;
  description: string;
  createdAt: Date;
  holdReason: HoldReason | null;
  holdNote: string | null;
  firstResponseAt: Date | null;
  completedAt: Date | null;
  responseDueAt: Date | null;
  responseAtRiskAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionAtRiskAt: Date | null;
  nextDueAt: Date | null;
  rescheduleRequestedAt: Date | null;
  reporterName: string | null;
  reporter: { name: string } | null;
  category: { name: string };
  unit: { label: string };
  property: { name: string };
  vendor: { company: string } | null;
  /** The staff member who answers for it (issue 18); null: no one yet. */
  responsible: { name: string } | null;
  /** The pending estimate the owner was asked about (added or last changed then), if any. */
  estimates: { updatedAt: Date }[];
  /** How many of its messages failed every try (a badge; see failed-messages.ts). */
  failedMessages: number;
};

/** Counts stop here: more shows as "1,000+" (counting every match of a big filter costs a scan). */
export const COUNT_CAP = 1000;

/** Each count is capped: COUNT_CAP + 1 means "more than COUNT_CAP". */
export type QueueCounts = {
  /** The current filter's rows. */
  total: number;
  /** The current filters with the status choice set to open, or to any status. */
  open: number;
  all: number;
  status: Partial<Record<WorkOrderStatus, number>>;
  priority: Partial<Record<Priority, number>>;
  saved: Record<SavedView, number>;
};

/** When the owner was asked, for a row waiting on them; null otherwise. */
export const ownerAskedAt = (r: Pick<QueueRow, "holdReason" | "estimates">): Date | null =>
  r.holdReason === "WAITING_FOR_OWNER_APPROVAL" ? (r.estimates[0]?.updatedAt ?? null) : null;
