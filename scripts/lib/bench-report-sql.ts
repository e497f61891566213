// The reports' questions asked as hand-written SQL, for scripts/bench-reports.ts to time beside
// the report functions: one statement each, the organisation only, the period as parameters.
import type pg from "pg";

type Period = { from: Date; to: Date };
type Q = (sql: pg.Client, orgId: string, f: Period, now: Date) => Promise<unknown>;
const P = (orgId: string, f: Period) => [orgId, f.from, f.to];
const IN = `w."orgId" = $1 AND w."createdAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND w."createdAt" < $3::timestamptz AT TIME ZONE 'UTC'`;
const H = (a: string, b: string) => `extract(epoch FROM (${b} - ${a})) / 3600`;

export const handWritten: Record<"speed" | "sla" | "volume" | "repeats" | "vendors" | "tenants" | "costs", Q> = {
  speed: (sql, orgId, f) =>
    sql.query(
      `SELECT w."categoryId", count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY ${H('w."createdAt"', 'w."firstResponseAt"')}),
         percentile_cont(0.9) WITHIN GROUP (ORDER BY ${H('w."createdAt"', 'w."completedAt"')}),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ${H('w."createdAt"', '(SELECT min(e."createdAt") FROM "WorkOrderEvent" e WHERE e."workOrderId" = w.id AND e."toStatus" = \'SCHEDULED\')')})
       FROM "WorkOrder" w WHERE ${IN} GROUP BY ROLLUP (w."categoryId")`,
      P(orgId, f),
    ),
  sla: (sql, orgId, f, now) =>
    sql.query(
      `SELECT w.priority, count(*) FILTER (WHERE w."firstResponseAt" <= w."responseDueAt"),
         count(*) FILTER (WHERE w."firstResponseAt" > w."responseDueAt" OR (w."firstResponseAt" IS NULL AND w."responseDueAt" < $4::timestamptz AT TIME ZONE 'UTC')),
         count(*) FILTER (WHERE w."completedAt" <= w."resolutionDueAt"),
         count(*) FILTER (WHERE w."completedAt" > w."resolutionDueAt" OR (w."completedAt" IS NULL AND w."resolutionDueAt" < $4::timestamptz AT TIME ZONE 'UTC'))
       FROM "WorkOrder" w WHERE ${IN} AND w.status <> 'CANCELLED' GROUP BY ROLLUP (w.priority)`,
      [...P(orgId, f), now],
    ),
  volume: (sql, orgId, f) =>
    sql.query(
      `WITH s AS (SELECT e."toStatus", lead(e."createdAt") OVER (PARTITION BY e."workOrderId" ORDER BY e."createdAt") - e."createdAt" AS d
                  FROM "WorkOrderEvent" e JOIN "WorkOrder" w ON w.id = e."workOrderId" WHERE ${IN} AND e.type = 'STATUS_CHANGED')
       SELECT "toStatus", percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d)) FROM s GROUP BY 1`,
      P(orgId, f),
    ),
  repeats: (sql, orgId, f) =>
    sql.query(
      `SELECT w."unitId", w."categoryId", count(*) FROM "WorkOrder" w WHERE ${IN} AND w.status <> 'CANCELLED'
       GROUP BY 1, 2 HAVING count(*) >= 2`,
      P(orgId, f),
    ),
  vendors: (sql, orgId, f) =>
    sql.query(
      `SELECT w."vendorId", count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY ${H('w."assignedAt"', 'w."acceptedAt"')}),
         avg((w."arrivedAt" <= w."windowEnd")::int), avg(w.rating), sum(w."actualCostCents")
       FROM "WorkOrder" w WHERE ${IN} AND w."vendorId" IS NOT NULL GROUP BY 1`,
      P(orgId, f),
    ),
  tenants: (sql, orgId, f) =>
    sql.query(
      `SELECT count(*), count(rating), avg(rating), count(*) FILTER (WHERE rating = 5) FROM "WorkOrder" w
       WHERE w."orgId" = $1 AND w."closedAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND w."closedAt" < $3::timestamptz AT TIME ZONE 'UTC'`,
      P(orgId, f),
    ),
  costs: (sql, orgId, f) =>
    sql.query(
      `SELECT w."propertyId", w."categoryId", sum(w."actualCostCents") FROM "WorkOrder" w
       WHERE w."orgId" = $1 AND w."completedAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND w."completedAt" < $3::timestamptz AT TIME ZONE 'UTC'
         AND w.status IN ('COMPLETED', 'CLOSED') GROUP BY GROUPING SETS ((1), (2))`,
      P(orgId, f),
    ),
};
