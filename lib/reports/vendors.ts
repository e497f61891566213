// Vendors and in-house technicians side by side (DESIGN.md §9, the scorecard of lib/vendors
// extended): jobs, declined and lost jobs, response, on-time arrival, completion time, first-time
// fix, rating and cost against the approved estimate.
import "server-only";
import { reportRows } from "@/lib/reports/query";
import { Prisma } from "@/lib/db/generated/client";
import { calledBack } from "@/lib/reports/callbacks";
import type { ReportFilters } from "@/lib/reports/filters";
import { hoursBetween, inPeriod, scoped } from "@/lib/reports/sql";
import type { ReportScope, VendorRow, VendorsReport } from "@/lib/reports/types";

type Row = Omit<VendorRow, "overEstimateCents" | "totalCostCents"> & {
  overEstimateCents: number | null;
  totalCostCents: number | null;
};

/**
 * Jobs: work orders created in the period now held by the vendor or technician. Declined: an
 * assignment of theirs ended by a move back to NEW; lost: ended by an assignment to someone else —
 * both counted when that move falls in the period. The assignment history (WorkOrderAssignment,
 * kept by triggers on the events) holds each assignment with whom it named and how it ended, so
 * this is an indexed range on the ending time, not a window over every assignment event.
 */
export async function vendorsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<VendorsReport> {
  const anyVendor = { ...f, vendorId: undefined };
  const rows = await reportRows<Row[]>(Prisma.sql`
    WITH who AS (
        SELECT 'VENDOR' AS kind, v.id, v.id AS "vendorId", NULL AS "technicianId", v.company AS name FROM "Vendor" v WHERE v."orgId" = ${scope.orgId}
        UNION ALL
        SELECT 'TECHNICIAN', u.id, NULL, u.id, u.name FROM "User" u WHERE u."orgId" = ${scope.orgId} AND u.role = 'TECHNICIAN'),
      gone AS (
        SELECT coalesce(a."vendorId", a."technicianId") AS id,
          count(*) FILTER (WHERE a.ending = 'DECLINED')::int AS declined,
          count(*) FILTER (WHERE a.ending = 'LOST')::int AS lost
        FROM "WorkOrderAssignment" a JOIN "WorkOrder" w ON w.id = a."workOrderId"
        WHERE ${inPeriod(Prisma.raw('a."endedAt"'), f)} AND ${scoped(scope, anyVendor, null)}
        GROUP BY 1),
      j AS (
        SELECT coalesce(w."vendorId", w."technicianId") AS id, w.rating, w."actualCostCents" AS cost,
          w."approvedEstimateCents" AS amount,
          ${hoursBetween('w."assignedAt"', 'w."acceptedAt"')} AS resp,
          ${hoursBetween('w."assignedAt"', 'w."completedAt"')} AS done,
          w."arrivedAt" <= w."windowEnd" AS on_time,
          CASE WHEN w."completedAt" IS NOT NULL OR w."reopenedAt" IS NOT NULL
            THEN w."reopenedAt" IS NULL AND NOT coalesce(${calledBack(scope.callbackWindowDays)}, false) END AS first_fix
        FROM "WorkOrder" w
        WHERE ${scoped(scope, f)} AND (w."vendorId" IS NOT NULL OR w."technicianId" IS NOT NULL)),
      agg AS (
        SELECT id, count(*)::int AS jobs,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN resp >= 0 THEN resp END) AS "medianResponseHours",
          (count(*) FILTER (WHERE on_time)::float8 / nullif(count(on_time), 0)) AS "onTimeRate",
          percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN done >= 0 THEN done END) AS "medianCompletionHours",
          (count(*) FILTER (WHERE first_fix)::float8 / nullif(count(first_fix), 0)) AS "firstTimeFixRate",
          avg(rating)::float8 AS "averageRating", count(rating)::int AS ratings,
          sum(cost)::float8 AS "totalCostCents", avg(cost)::float8 AS "averageCostCents",
          sum(cost - amount)::float8 AS "overEstimateCents", count(cost - amount)::int AS "estimatedJobs"
        FROM j GROUP BY id)
    SELECT who.kind, who.id, who."vendorId", who."technicianId", who.name, coalesce(agg.jobs, 0)::int AS jobs,
      coalesce(gone.declined, 0)::int AS declined, coalesce(gone.lost, 0)::int AS lost,
      agg."medianResponseHours", agg."onTimeRate", agg."medianCompletionHours", agg."firstTimeFixRate",
      agg."averageRating", coalesce(agg.ratings, 0)::int AS ratings, agg."totalCostCents", agg."averageCostCents",
      agg."overEstimateCents", coalesce(agg."estimatedJobs", 0)::int AS "estimatedJobs"
    FROM who LEFT JOIN agg ON agg.id = who.id LEFT JOIN gone ON gone.id = who.id
    WHERE (agg.id IS NOT NULL OR gone.id IS NOT NULL) ${f.vendorId ? Prisma.sql`AND who.id = ${f.vendorId}` : Prisma.empty}
    ORDER BY jobs DESC, who.name`);
  return {
    rows: rows.map((r) => ({
      ...r,
      jobs: Number(r.jobs),
      declined: Number(r.declined),
      lost: Number(r.lost),
      ratings: Number(r.ratings),
      totalCostCents: Math.round(r.totalCostCents ?? 0),
      averageCostCents: r.averageCostCents,
      overEstimateCents: Math.round(r.overEstimateCents ?? 0),
      estimatedJobs: Number(r.estimatedJobs),
    })),
    callbackWindowDays: scope.callbackWindowDays,
  };
}
