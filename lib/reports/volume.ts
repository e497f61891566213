// Volume and bottlenecks (DESIGN.md §9): requests in and out per week, the open backlog by age,
// how long work sits in each stage, and how long it waits on hold, by reason.
import "server-only";
import { reportRows } from "@/lib/reports/query";
import { Prisma } from "@/lib/db/generated/client";
import { utc } from "@/lib/db/utc";
import type { ReportFilters } from "@/lib/reports/filters";
import { hoursOf, inPeriod, localBucketsSql, scoped } from "@/lib/reports/sql";
import type { AgingBucket, HoldTime, ReportScope, StageTime, VolumeReport } from "@/lib/reports/types";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";

/** Lower bounds in whole days of age; each bucket runs to the next one's bound. */
export const AGING: { bucket: AgingBucket["bucket"]; minDays: number }[] = [
  { bucket: "0-2", minDays: 0 },
  { bucket: "3-7", minDays: 3 },
  { bucket: "8-14", minDays: 8 },
  { bucket: "15-30", minDays: 15 },
  { bucket: "30+", minDays: 31 },
];
const STAGES: StageTime["stage"][] = ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"];
const active = Prisma.join(ACTIVE_STATUSES.map((s) => Prisma.sql`${s}::"WorkOrderStatus"`));

/**
 * Created and completed per local week (Monday). Each row is placed by its instant against the weeks'
 * first instants in UTC (localBucketsSql), not converted to local time one by one, in one scan for
 * both clocks.
 */
export async function throughput(scope: ReportScope, f: ReportFilters) {
  return reportRows<{ week: string; created: number; completed: number }[]>(Prisma.sql`
    WITH wb AS (${localBucketsSql(scope, f, "week")}),
      -- Each row's week of creation and of completion (null outside the period).
      b AS (SELECT CASE WHEN ${inPeriod(Prisma.raw('w."createdAt"'), f)} THEN width_bucket(w."createdAt", (SELECT bounds FROM wb)) END AS ci,
              CASE WHEN ${inPeriod(Prisma.raw('w."completedAt"'), f)} THEN width_bucket(w."completedAt", (SELECT bounds FROM wb)) END AS co
            FROM "WorkOrder" w
            WHERE ${scoped(scope, f, null)} AND (${inPeriod(Prisma.raw('w."createdAt"'), f)} OR ${inPeriod(Prisma.raw('w."completedAt"'), f)})),
      g AS (SELECT ci, co, GROUPING(ci) AS by_co, count(*)::int AS n FROM b GROUP BY GROUPING SETS ((ci), (co))),
      ins AS (SELECT ci AS i, n FROM g WHERE by_co = 0 AND ci IS NOT NULL),
      outs AS (SELECT co AS i, n FROM g WHERE by_co = 1 AND co IS NOT NULL)
    SELECT k.week, coalesce(ins.n, 0)::int AS created, coalesce(outs.n, 0)::int AS completed
    FROM unnest((SELECT names FROM wb)) WITH ORDINALITY AS k(week, i)
      LEFT JOIN ins ON ins.i = k.i LEFT JOIN outs ON outs.i = k.i ORDER BY k.i`);
}

/** Open work now (NEW, ASSIGNED, SCHEDULED), whenever created, by whole days since creation. */
export async function backlog(scope: ReportScope, f: ReportFilters, now: Date): Promise<AgingBucket[]> {
  const bounds = Prisma.join(AGING.map((a) => a.minDays));
  const rows = await reportRows<{ i: number; n: number }[]>(Prisma.sql`
    SELECT width_bucket(floor(extract(epoch FROM (${utc(now)} - w."createdAt")) / 86400)::int, ARRAY[${bounds}]::int[]) AS i,
      count(*)::int AS n
    FROM "WorkOrder" w WHERE ${scoped(scope, f, null)} AND w.status IN (${active}) GROUP BY 1`);
  const count = (i: number) => rows.filter((r) => Number(r.i) === i).reduce((a, r) => a + Number(r.n), 0);
  // width_bucket: 1 for the first bucket; a creation stamped after `now` (0) counts as new.
  return AGING.map((a, i) => ({ ...a, count: count(i + 1) + (i === 0 ? count(0) : 0) }));
}

/**
 * Stays in each stage of the work orders created in the period: from entering a status (creation
 * for NEW, a STATUS_CHANGED event otherwise) to the next change of status (by time, then id). A
 * change to the same status (a reschedule, a reassignment) does not end the stay. Read from the
 * ended stays the report_stage_stays triggers keep (with the work order's keys, so the table alone
 * is read), each stage's percentiles over its own rows; the work orders now in each stage beside.
 */
export async function stageTimes(scope: ReportScope, f: ReportFilters): Promise<StageTime[]> {
  const cols = (s: StageTime["stage"]) =>
    Prisma.raw(
      `count(*) FILTER (WHERE w.stage = '${s}')::int AS "${s}_n", ` +
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY w.hours) FILTER (WHERE w.stage = '${s}') AS "${s}_med", ` +
        `percentile_cont(0.9) WITHIN GROUP (ORDER BY w.hours) FILTER (WHERE w.stage = '${s}') AS "${s}_p90"`,
    );
  const current = (s: StageTime["stage"]) => Prisma.raw(`count(*) FILTER (WHERE w.status = '${s}')::int AS "${s}_cur"`);
  const [row] = await reportRows<Record<string, number | null>[]>(Prisma.sql`
    SELECT * FROM (SELECT ${Prisma.join(STAGES.map(cols))} FROM "WorkOrderStageStay" w WHERE ${scoped(scope, f)}) st,
      (SELECT ${Prisma.join(STAGES.map(current))} FROM "WorkOrder" w WHERE ${scoped(scope, f)}) cur`);
  return STAGES.map((stage) => ({
    stage,
    stays: Number(row[`${stage}_n`] ?? 0),
    medianHours: row[`${stage}_med`] ?? null,
    p90Hours: row[`${stage}_p90`] ?? null,
    current: Number(row[`${stage}_cur`] ?? 0),
  }));
}

/**
 * Holds placed in the period on work orders in scope, by the reason given when placed: each runs to
 * the next HOLD_RELEASED; one never released runs to `now` while the work order is still held, or
 * to its completion, closing or cancellation otherwise. Only the work orders with a hold placed in
 * the period are read (by the events' type and time).
 */
export async function holdTimes(scope: ReportScope, f: ReportFilters, now: Date): Promise<HoldTime[]> {
  const rows = await reportRows<
    { reason: string; holds: number; open: number; total: number; med: number | null }[]
  >(Prisma.sql`
    WITH placed AS (SELECT DISTINCT e."workOrderId" AS id FROM "WorkOrderEvent" e
                    WHERE e.type = 'HOLD_PLACED' AND ${inPeriod(Prisma.raw('e."createdAt"'), f)}),
      wo AS (SELECT w.id, w."holdReason", coalesce(w."completedAt", w."closedAt", w."cancelledAt") AS ended
             FROM "WorkOrder" w WHERE ${scoped(scope, f, null)} AND w.id IN (SELECT id FROM placed)),
      h AS (SELECT e."workOrderId" AS id, e.type, e.details->>'reason' AS reason, e."createdAt" AS at,
              lead(e."createdAt") OVER (PARTITION BY e."workOrderId" COLLATE "C" ORDER BY e."createdAt", e.id) AS next
            FROM "WorkOrderEvent" e JOIN wo ON wo.id = e."workOrderId" WHERE e.type IN ('HOLD_PLACED', 'HOLD_RELEASED')),
      p AS (SELECT h.reason, h.next IS NULL AND wo."holdReason" IS NOT NULL AS open,
              ${hoursOf(Prisma.sql`coalesce(h.next, CASE WHEN wo."holdReason" IS NULL THEN wo.ended END, ${utc(now)}) - h.at`)} AS hours
            FROM h JOIN wo ON wo.id = h.id WHERE h.type = 'HOLD_PLACED' AND ${inPeriod(Prisma.raw("h.at"), f)})
    SELECT coalesce(reason, 'OTHER') AS reason, count(*)::int AS holds, count(*) FILTER (WHERE open)::int AS open,
      coalesce(sum(hours), 0)::float8 AS total, percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS med
    FROM p GROUP BY 1 ORDER BY total DESC, reason`);
  return rows.map((r) => ({
    reason: r.reason,
    holds: Number(r.holds),
    open: Number(r.open),
    totalHours: r.total,
    medianHours: r.med,
  }));
}

export async function volumeReport(scope: ReportScope, f: ReportFilters, now: Date): Promise<VolumeReport> {
  // Four independent statements asked at once: on PostgreSQL each has its own connection (and
  // core); the embedded database runs them one after another.
  const [flow, aging, stages, holds] = await Promise.all([
    throughput(scope, f),
    backlog(scope, f, now),
    stageTimes(scope, f),
    holdTimes(scope, f, now),
  ]);
  return {
    throughput: flow.map((r) => ({ week: r.week, created: Number(r.created), completed: Number(r.completed) })),
    backlog: aging,
    backlogTotal: aging.reduce((a, b) => a + b.count, 0),
    stages,
    holds,
  };
}
