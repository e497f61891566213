// Speed (DESIGN.md §9): how long work orders created in the period took to get a first response,
// a visit booked, the work completed and the request closed — median, p90 and mean in calendar
// hours, overall and by category, property, priority and vendor — with a weekly or monthly trend
// and Property Meld's "speed of repair" (created → completed, in days).
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { groupKey, withLabels, type LabelledRow } from "@/lib/reports/labels";
import {
  dimensionCols,
  dimensionGroups,
  dimensionKeys,
  duration,
  durationCols,
  hoursBetween,
  local,
  scoped,
  trendUnit,
  type DurationRow,
} from "@/lib/reports/sql";
import type { ReportScope, SpeedReport } from "@/lib/reports/types";

type Row = LabelledRow & { n: number } & DurationRow<"resp" | "sched" | "done" | "closed">;
type TrendRow = { bucket: string; n: number; done: number; resp_med: number | null; done_med: number | null };

/**
 * The work orders created in the period, with each clock's hours (null until it stops). The visit is
 * first booked at `scheduledAt`, which a trigger keeps as the first STATUS_CHANGED event to SCHEDULED.
 */
export const speedBase = (scope: ReportScope, f: ReportFilters) => Prisma.sql`
  SELECT w.id, ${dimensionKeys}, w."createdAt",
    ${hoursBetween('w."createdAt"', 'w."firstResponseAt"')} AS resp,
    ${hoursBetween('w."createdAt"', 'w."scheduledAt"')} AS sched,
    ${hoursBetween('w."createdAt"', 'w."completedAt"')} AS done,
    ${hoursBetween('w."createdAt"', 'w."closedAt"')} AS closed
  FROM "WorkOrder" w
  WHERE ${scoped(scope, f)}`;

export async function speedReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<SpeedReport> {
  const rows = await db().$queryRaw<Row[]>(
    withLabels(Prisma.sql`
      WITH b AS (${speedBase(scope, f)})
      SELECT ${dimensionCols}, count(*)::int AS n,
        ${durationCols("resp", "resp")}, ${durationCols("sched", "sched")},
        ${durationCols("done", "done")}, ${durationCols("closed", "closed")}
      FROM b GROUP BY ${dimensionGroups}`),
  );
  const unit = trendUnit(f);
  const trend = await db().$queryRaw<TrendRow[]>(Prisma.sql`
    WITH b AS (SELECT date_trunc(${unit}, ${local('x."createdAt"', scope)}) AS bucket, x.resp, x.done
               FROM (${speedBase(scope, f)}) x),
      agg AS (SELECT bucket, count(*)::int AS n, count(done)::int AS done,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY resp) AS resp_med,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY done) AS done_med
              FROM b GROUP BY bucket),
      buckets AS (SELECT generate_series(date_trunc(${unit}, ${f.fromDate}::timestamp), ${f.toDate}::timestamp,
                                         ('1 ' || ${unit})::interval) AS bucket)
    SELECT to_char(k.bucket, 'YYYY-MM-DD') AS bucket, coalesce(agg.n, 0)::int AS n, coalesce(agg.done, 0)::int AS done,
      agg.resp_med, agg.done_med
    FROM buckets k LEFT JOIN agg ON agg.bucket = k.bucket ORDER BY k.bucket`);
  const out = rows.map((r) => ({
    ...groupKey(r),
    workOrders: Number(r.n),
    firstResponse: duration(r, "resp"),
    schedule: duration(r, "sched"),
    complete: duration(r, "done"),
    close: duration(r, "closed"),
  }));
  const all = out.find((r) => r.dimension === "overall")?.complete;
  const days = (h: number | null | undefined) => (h == null ? null : h / 24);
  return {
    rows: out,
    trendUnit: unit,
    trend: trend.map((t) => ({
      bucket: t.bucket,
      workOrders: Number(t.n),
      completed: Number(t.done),
      firstResponseMedianHours: t.resp_med,
      completeMedianHours: t.done_med,
    })),
    speedOfRepair: { completed: all?.count ?? 0, meanDays: days(all?.meanHours), medianDays: days(all?.medianHours) },
  };
}
