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

/**
 * The latest `limit` callbacks (by when the reopen or new request came, then tracking number, both
 * descending) whose reopen or new request falls in the period, on work orders in scope (any age).
 * Each kind is read newest first and stops at `limit`: a new request in the period (by the
 * organisation's index on creation time, newest first) looks up the completions of its unit and
 * category it follows (by their index), so a year of 65,000 callbacks is not joined and sorted for
 * the 500 shown. Work orders of one unit belong to its organisation, so the new requests are read
 * from the scope's organisation only.
 */
export const latestCallbacksSql = (scope: ReportScope, f: ReportFilters, limit: number) => Prisma.sql`
  SELECT * FROM (
    (SELECT 'REOPENED' AS kind, w.id, w."trackingNumber", NULL::int AS follow, w."vendorId", w."technicianId",
       w."propertyId", w."categoryId", r."createdAt" AS at
     FROM (${reopenedSql(f)}) r JOIN "WorkOrder" w ON w.id = r."workOrderId"
     WHERE ${scoped(scope, f, null)}
     ORDER BY at DESC, w."trackingNumber" DESC LIMIT ${limit})
    UNION ALL
    (SELECT 'NEW_REQUEST', w.id, w."trackingNumber", n."trackingNumber", w."vendorId", w."technicianId",
       w."propertyId", w."categoryId", n."createdAt"
     FROM "WorkOrder" n CROSS JOIN LATERAL (
       SELECT w.id, w."trackingNumber", w."vendorId", w."technicianId", w."propertyId", w."categoryId" FROM "WorkOrder" w
       WHERE ${followUpJoin(scope.callbackWindowDays)} AND ${scoped(scope, f, null)}) w
     WHERE n."orgId" = ${scope.orgId} AND ${inPeriod(Prisma.raw('n."createdAt"'), f)}
     ORDER BY n."createdAt" DESC, w."trackingNumber" DESC LIMIT ${limit})) cb
  ORDER BY at DESC, "trackingNumber" DESC LIMIT ${limit}`;
