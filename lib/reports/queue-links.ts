// Where a report's number leads: the manager queue, filtered to exactly the work orders behind it.
// Every status; the report's period on the clock the number counts by (creation for most, completion
// for the costs report's jobs); the report's filters; and the group's own key. Pure.
import type { ReportFilters } from "@/lib/reports/filters";
import type { GroupKey } from "@/lib/reports/types";
import { parseQueueFilter, type QueueFilter } from "@/lib/work-orders/queue-filter";

const FIELD = { category: "categoryId", property: "propertyId", priority: "priority", vendor: "vendorId" } as const;

/** The queue filter behind a group's number, or null for a group the queue cannot name (no vendor). */
export function groupQueueFilter(
  filters: ReportFilters,
  g: Pick<GroupKey, "dimension" | "key">,
  clock?: "completed",
): QueueFilter | null {
  const inPeriod: QueueFilter = {
    ...parseQueueFilter({ status: "ALL" }),
    createdFrom: filters.from,
    createdTo: filters.to,
    periodClock: clock,
    propertyId: filters.propertyId,
    categoryId: filters.categoryId,
    priority: filters.priority,
    vendorId: filters.vendorId,
  };
  if (g.dimension === "overall") return inPeriod;
  if (g.key === null) return null;
  return { ...inPeriod, [FIELD[g.dimension]]: g.key } as QueueFilter;
}
