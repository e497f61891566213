// Speed (DESIGN.md §9): how long work orders created in the period took to get a first response,
// a visit booked, the work completed and the request closed — median, p90 and mean in calendar
// hours, overall and by category, property, priority and vendor — with a weekly or monthly trend
// and Property Meld's "speed of repair" (created → completed, in days).
import "server-only";
import { reportRows } from "@/lib/reports/query";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { DIMENSION_ORDER, groupKey, withLabels, type LabelledRow } from "@/lib/reports/labels";
import {
  dimensionKeys,
  dimensionSets,
  duration,
  durationCols,
  localBucketsSql,
  scoped,
  trendUnit,
  type DurationRow,
} from "@/lib/reports/sql";
import type { Dimension, ReportScope, SpeedReport } from "@/lib/reports/types";

type Row = LabelledRow & { n: number } & DurationRow<"resp" | "sched" | "done" | "closed">;
type TrendRow = { bucket: string; n: number; done: number; resp_med: number | null; done_med: number | null };

/**
 * The work orders created in the period, with each clock's hours (null until it stops), read from
 * WorkOrderSpeed: the triggers keep there each work order's keys and hours, computed as hoursBetween
 * does, and a narrow table scans in a fraction of the time of the wide work orders. The visit is first
 * booked at `scheduledAt`, which a trigger keeps as the first STATUS_CHANGED event to SCHEDULED.
 */
export const speedBase = (scope: ReportScope, f: ReportFilters) => Prisma.sql`
  SELECT ${dimensionKeys}, w."createdAt",
    w."responseHours" AS resp, w."scheduleHours" AS sched, w."completeHours" AS done, w."closeHours" AS closed
  FROM "WorkOrderSpeed" w
  WHERE ${scoped(scope, f)}`;

/**
 * Two statements asked at once, each one scan and one aggregate over half the groupings: exact
 * percentiles are a sort of each group's values, four measures in six groupings, and on PostgreSQL
 * the halves run on two connections (and cores); the embedded database runs them one after the
 * other. The trend is a grouping set of the second (told apart by `gb`), each work order placed in
 * its bucket by width_bucket against the buckets' first instants.
 */
export async function speedReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<SpeedReport> {
  const unit = trendUnit(f);
  const statement = (dims: Dimension[], trend: boolean) => {
    const { groups, cols } = dimensionSets(dims, trend ? ["bucket"] : []);
    return reportRows<(Row & { gb: number; bucket: number | null; names: string[] })[]>(
      withLabels(Prisma.sql`
      WITH bk AS (${localBucketsSql(scope, f, unit)}),
        b AS (SELECT x.*, width_bucket(x."createdAt", (SELECT bounds FROM bk)) AS bucket FROM (${speedBase(scope, f)}) x)
      SELECT ${cols}, ${Prisma.raw(trend ? "GROUPING(bucket) AS gb, bucket" : "1 AS gb, NULL::int AS bucket")},
        (SELECT names FROM bk) AS names,
        count(*)::int AS n, ${durationCols("resp", "resp")}, ${durationCols("sched", "sched")},
        ${durationCols("done", "done")}, ${durationCols("closed", "closed")}
      FROM b GROUP BY ${groups}`),
    );
  };
  const halves = await Promise.all([
    statement(["overall", "category", "property"], false),
    statement(["priority", "vendor"], true),
  ]);
  const grouped = halves.flat();
  const rows = grouped
    .filter((r) => Number(r.gb) === 1)
    .sort((a, b) => DIMENSION_ORDER.indexOf(a.dim) - DIMENSION_ORDER.indexOf(b.dim));
  const byBucket = new Map(grouped.filter((r) => Number(r.gb) === 0).map((r) => [Number(r.bucket), r]));
  // The first half always has a row (its overall one), and with it the buckets' names.
  const trend: TrendRow[] = (halves[0][0]?.names ?? []).map((bucket, i) => {
    const r = byBucket.get(i + 1);
    return {
      bucket,
      n: r ? Number(r.n) : 0,
      done: r ? Number(r.done_n) : 0,
      resp_med: r?.resp_med ?? null,
      done_med: r?.done_med ?? null,
    };
  });
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
