// Callbacks (DESIGN.md §9 "the same vendor called back within 30 days"), shared by the repeats and
// vendors reports: a completed work order reopened (COMPLETED or CLOSED → ASSIGNED), or a new,
// not cancelled request for the same unit and category within the organisation's callback window
// (Settings → Timings and thresholds, 30 days by default) of a vendor's or technician's completion.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { inPeriod, scoped } from "@/lib/reports/sql";
import type { ReportScope } from "@/lib/reports/types";

/** A reopen event of `w` (any time, or in `period` when given). */
export const reopenedSql = (period?: ReportFilters) => Prisma.sql`
  SELECT e."workOrderId", e."createdAt" FROM "WorkOrderEvent" e
  WHERE e.type = 'STATUS_CHANGED' AND e."toStatus" = 'ASSIGNED' AND e."fromStatus" IN ('COMPLETED', 'CLOSED')
  ${period ? Prisma.sql`AND ${inPeriod(Prisma.raw('e."createdAt"'), period)}` : Prisma.empty}`;

/** The same unit and category asked again (not cancelled) within `days` after `w`'s completion. */
export const followUpJoin = (days: number) => Prisma.sql`
  n."unitId" = w."unitId" AND n."categoryId" = w."categoryId" AND n.id <> w.id AND n.status <> 'CANCELLED'
  AND w."completedAt" IS NOT NULL AND (w."vendorId" IS NOT NULL OR w."technicianId" IS NOT NULL)
  AND n."createdAt" > w."completedAt" AND n."createdAt" <= w."completedAt" + make_interval(days => ${days}::int)`;

/**
 * Whether `w` (completed by a vendor or technician) was asked again within `days`: the columns the
 * report_callback_columns triggers keep say so without looking at the other requests (the earliest
 * later request for the unit and category is `nextRequestAt`). Null when `w` is not completed.
 */
export const calledBack = (days: number) => Prisma.sql`
  (w."vendorId" IS NOT NULL OR w."technicianId" IS NOT NULL)
  AND w."nextRequestAt" <= w."completedAt" + make_interval(days => ${days}::int)`;

/** Every callback whose reopen or new request falls in the period, on work orders in scope (any age). */
export const callbacksSql = (scope: ReportScope, f: ReportFilters) => Prisma.sql`
  SELECT 'REOPENED' AS kind, w.id, w."trackingNumber", NULL::int AS follow, w."vendorId", w."technicianId",
    w."propertyId", w."categoryId", r."createdAt" AS at
  FROM (${reopenedSql(f)}) r JOIN "WorkOrder" w ON w.id = r."workOrderId"
  WHERE ${scoped(scope, f, null)}
  UNION ALL
  SELECT 'NEW_REQUEST', w.id, w."trackingNumber", n."trackingNumber", w."vendorId", w."technicianId",
    w."propertyId", w."categoryId", n."createdAt"
  FROM "WorkOrder" w JOIN "WorkOrder" n ON ${followUpJoin(scope.callbackWindowDays)}
  WHERE ${scoped(scope, f, null)} AND ${inPeriod(Prisma.raw('n."createdAt"'), f)}
    -- Implied by the join (a follow-up in the period within the window of the completion), said
    -- outright so that only the work completed from the window before the period to its end is read.
    AND ${inPeriod(Prisma.raw('w."completedAt"'), { from: new Date(f.from.getTime() - scope.callbackWindowDays * 86_400_000), to: f.to })}
    -- Only the completions asked again at all within the window (a column, not a join) are joined.
    AND ${calledBack(scope.callbackWindowDays)}`;
