// Costs (DESIGN.md §9): what completed work cost by property, category, vendor and month; how
// quickly estimates are decided; and the actual cost against the approved estimate.
import "server-only";
import { reportRows } from "@/lib/reports/query";
import { Prisma } from "@/lib/db/generated/client";
import { utc } from "@/lib/db/utc";
import type { ReportFilters } from "@/lib/reports/filters";
import { groupKey, withLabels, type LabelledRow } from "@/lib/reports/labels";
import { dimensionCols, dimensionKeys, hoursBetween, inPeriod, local, scoped } from "@/lib/reports/sql";
import type { CostsReport, ReportScope } from "@/lib/reports/types";

type SpendRaw = LabelledRow & { jobs: number; costed: number; cents: number };

type Raw = SpendRaw & { gm: number; month: string | null; ev_jobs: number; ev_est: number; ev_act: number };

/**
 * The period's months in the organisation's zone: their first instants in UTC (`bounds`, for
 * width_bucket) and their names. Bucketing each row against 13 instants is several times cheaper
 * than converting it to local time. A local midnight that does not exist (spring forward) is read
 * with the offset before the change, i.e. the change itself; one that occurs twice (fall back) is
 * moved to its first occurrence, an hour earlier, when that is already the new month.
 */
const monthsSql = (scope: ReportScope, f: ReportFilters) => {
  const at = (d: Date) => Prisma.sql`((${utc(d)} AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timeZone})`;
  return Prisma.sql`
  SELECT array_agg(CASE WHEN date_trunc('month', ${local("(s - interval '1 hour')", scope)}) = m
      THEN s - interval '1 hour' ELSE s END ORDER BY m) AS bounds,
    array_agg(to_char(m, 'YYYY-MM') ORDER BY m) AS names
  FROM generate_series(date_trunc('month', ${at(f.from)}), ${at(f.to)}, interval '1 month') m,
    LATERAL (SELECT (m AT TIME ZONE ${scope.timeZone}) AT TIME ZONE 'UTC' AS s) x`;
};

/**
 * Completed (or since closed) work whose completion falls in the period, with its approved estimate
 * (`approvedEstimateCents`, kept by a trigger on CostEstimate: the APPROVED one updated last) and
 * the index of its month in `mb`. OFFSET 0 keeps it a subquery: the planner then no longer takes the
 * month for as many groups as there are completion times, and hashes every grouping set in one pass
 * instead of sorting for it.
 */
const doneSql = (scope: ReportScope, f: ReportFilters) => Prisma.sql`
  SELECT ${dimensionKeys}, width_bucket(w."completedAt", (SELECT bounds FROM mb)) AS month,
    w."actualCostCents" AS cost, w."approvedEstimateCents" AS amount
  FROM "WorkOrder" w
  WHERE ${scoped(scope, f, "completedAt")} AND w.status IN ('COMPLETED', 'CLOSED')
  OFFSET 0`;

/**
 * Spend by dimension, by month (the extra grouping set, told apart by `gm`) and estimate against
 * actual (on the overall row) in one pass over the completed work: one scan of the work orders
 * instead of three. Approval turnaround: estimates created in the period on work orders in scope,
 * from the estimate to its first owner decision (a decision deemed after the owner's silence is
 * counted apart); each estimate's approvals are read once (a lateral aggregate, not a subquery per
 * column).
 */
export async function costsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<CostsReport> {
  const both = (p: string) => Prisma.raw(`FILTER (WHERE amount IS NOT NULL AND cost IS NOT NULL)${p}`);
  const spendRows = reportRows<Raw[]>(
    withLabels(Prisma.sql`
      WITH mb AS (${monthsSql(scope, f)}), b AS (${doneSql(scope, f)})
      SELECT ${dimensionCols}, GROUPING(month) AS gm, (SELECT names FROM mb)[month] AS month,
        count(*)::int AS jobs, count(cost)::int AS costed, coalesce(sum(cost), 0)::float8 AS cents,
        count(*) ${both("::int")} AS ev_jobs, coalesce(sum(amount) ${both(", 0)::float8")} AS ev_est,
        coalesce(sum(cost) ${both(", 0)::float8")} AS ev_act
      FROM b GROUP BY GROUPING SETS ((), ("categoryId"), ("propertyId"), (priority), ("vendorId"), (month))`),
  );
  const approvals = reportRows<
    { decided: number; med: number | null; p90: number | null; deemed: number; pending: number }[]
  >(Prisma.sql`
    WITH e AS (
      SELECT c.status::text AS status, a.owner_at, coalesce(a.deemed, false) AS deemed, c."createdAt"
      FROM "CostEstimate" c JOIN "WorkOrder" w ON w.id = c."workOrderId"
      LEFT JOIN LATERAL (
        SELECT min(x."createdAt") FILTER (WHERE x."ownerId" IS NOT NULL AND NOT x.deemed) AS owner_at,
          bool_or(x.deemed) AS deemed
        FROM "CostApproval" x WHERE x."estimateId" = c.id) a ON true
      WHERE ${scoped(scope, f, null)} AND ${inPeriod(Prisma.raw('c."createdAt"'), f)})
    SELECT count(owner_at)::int AS decided,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursBetween('"createdAt"', "owner_at")}) AS med,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hoursBetween('"createdAt"', "owner_at")}) AS p90,
      count(*) FILTER (WHERE deemed)::int AS deemed, count(*) FILTER (WHERE status = 'PENDING')::int AS pending
    FROM e`);
  // Independent statements asked at once: on PostgreSQL each has its own connection (and core); the
  // embedded database runs them one after the other.
  const [rows, [ap]] = await Promise.all([spendRows, approvals]);
  const spend = rows.filter((r) => Number(r.gm) === 1);
  const months = rows
    .filter((r) => Number(r.gm) === 0)
    .map((m) => ({ month: m.month as string, jobs: m.jobs, cents: m.cents }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const overall = spend.find((r) => r.dim === "overall");
  const ev = { jobs: overall?.ev_jobs ?? 0, est: overall?.ev_est ?? 0, act: overall?.ev_act ?? 0 };
  return {
    spend: spend.map((r) => ({
      ...groupKey(r),
      jobs: Number(r.jobs),
      costed: Number(r.costed),
      cents: Math.round(r.cents),
    })),
    months: months.map((m) => ({ month: m.month, jobs: Number(m.jobs), cents: Math.round(m.cents) })),
    approvals: {
      decided: Number(ap.decided),
      medianHours: ap.med,
      p90Hours: ap.p90,
      deemed: Number(ap.deemed),
      pending: Number(ap.pending),
    },
    estimateVsActual: {
      jobs: Number(ev.jobs),
      estimateCents: Math.round(ev.est),
      actualCents: Math.round(ev.act),
      deltaCents: Math.round(ev.act - ev.est),
    },
  };
}
