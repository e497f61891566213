// Costs (DESIGN.md §9): what completed work cost by property, category, vendor and month; how
// quickly estimates are decided; and the actual cost against the approved estimate.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { groupKey, withLabels, type LabelledRow } from "@/lib/reports/labels";
import { dimensionCols, dimensionGroups, dimensionKeys, inPeriod, local, scoped } from "@/lib/reports/sql";
import type { CostsReport, ReportScope } from "@/lib/reports/types";

type SpendRaw = LabelledRow & { jobs: number; costed: number; cents: number };

/**
 * Completed (or since closed) work whose completion falls in the period, with its approved estimate
 * (`approvedEstimateCents`, kept by a trigger on CostEstimate: the APPROVED one updated last).
 */
const doneSql = (scope: ReportScope, f: ReportFilters) => Prisma.sql`
  SELECT ${dimensionKeys}, w."completedAt",
    w."actualCostCents" AS cost, w."approvedEstimateCents" AS amount
  FROM "WorkOrder" w
  WHERE ${scoped(scope, f, "completedAt")} AND w.status IN ('COMPLETED', 'CLOSED')`;

/**
 * Approval turnaround: estimates created in the period on work orders in scope, from the estimate
 * to its first owner decision (a decision deemed after the owner's silence is counted apart).
 */
export async function costsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<CostsReport> {
  const spend = await db().$queryRaw<SpendRaw[]>(
    withLabels(Prisma.sql`
      WITH b AS (${doneSql(scope, f)})
      SELECT ${dimensionCols}, count(*)::int AS jobs, count(cost)::int AS costed, coalesce(sum(cost), 0)::float8 AS cents
      FROM b GROUP BY ${dimensionGroups}`),
  );
  const months = await db().$queryRaw<{ month: string; jobs: number; cents: number }[]>(Prisma.sql`
    SELECT to_char(date_trunc('month', ${local('b."completedAt"', scope)}), 'YYYY-MM') AS month,
      count(*)::int AS jobs, coalesce(sum(b.cost), 0)::float8 AS cents
    FROM (${doneSql(scope, f)}) b GROUP BY 1 ORDER BY 1`);
  const [ev] = await db().$queryRaw<{ jobs: number; est: number; act: number }[]>(Prisma.sql`
    SELECT count(*)::int AS jobs, coalesce(sum(amount), 0)::float8 AS est, coalesce(sum(cost), 0)::float8 AS act
    FROM (${doneSql(scope, f)}) b WHERE amount IS NOT NULL AND cost IS NOT NULL`);
  const [ap] = await db().$queryRaw<
    { decided: number; med: number | null; p90: number | null; deemed: number; pending: number }[]
  >(Prisma.sql`
    WITH e AS (
      SELECT c.status::text AS status,
        (SELECT min(a."createdAt") FROM "CostApproval" a WHERE a."estimateId" = c.id AND a."ownerId" IS NOT NULL AND NOT a.deemed) AS owner_at,
        EXISTS (SELECT 1 FROM "CostApproval" a WHERE a."estimateId" = c.id AND a.deemed) AS deemed, c."createdAt"
      FROM "CostEstimate" c JOIN "WorkOrder" w ON w.id = c."workOrderId"
      WHERE ${scoped(scope, f, null)} AND ${inPeriod(Prisma.raw('c."createdAt"'), f)})
    SELECT count(owner_at)::int AS decided,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM (owner_at - "createdAt")) / 3600.0)::float8) AS med,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY (extract(epoch FROM (owner_at - "createdAt")) / 3600.0)::float8) AS p90,
      count(*) FILTER (WHERE deemed)::int AS deemed, count(*) FILTER (WHERE status = 'PENDING')::int AS pending
    FROM e`);
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
