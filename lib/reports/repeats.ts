// Repeat issues (DESIGN.md §9): the same unit asking about the same category again, a category
// spiking across a property, and callbacks after a vendor's or technician's completion.
import "server-only";
import { reportRows } from "@/lib/reports/query";
import { Prisma } from "@/lib/db/generated/client";
import { latestCallbacksSql } from "@/lib/reports/callbacks";
import type { ReportFilters } from "@/lib/reports/filters";
import { scoped } from "@/lib/reports/sql";
import type { Callback, CategorySpike, RepeatsReport, RepeatUnit, ReportScope } from "@/lib/reports/types";

/** A spike: this many requests of a category at a property in the period, from at least two units. */
export const SPIKE_MIN = 3;

/** The same-unit list shows this many groups, those with the most requests, beside the total. */
export const SAME_UNIT_LIMIT = 500;

export async function repeatsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<RepeatsReport> {
  // Counted first (hashed, no sort of the period's requests), named, and only the groups shown read
  // their tracking numbers, by the (unit, category, created) index: a year of 100k requests has about
  // 6,000 groups, which made a 2 MB answer and a table no one reads to the end. Sent as one JSON value.
  // The three lists are independent statements, asked at once: on PostgreSQL each has its own
  // connection (and core); the embedded database runs them one after another.
  const sameUnitList = reportRows<[{ total: number; list: (RepeatUnit & { count: number })[] | string }]>(
    Prisma.sql`
    WITH g AS (
      SELECT w."propertyId", w."unitId", w."categoryId", count(*)::int AS count
      FROM "WorkOrder" w WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED'
      GROUP BY 1, 2, 3 HAVING count(*) >= 2),
      -- Names by subquery: a join on the grouped keys is misestimated (as 1 row), which had the units
      -- joined by a nested loop (6 million comparisons at 90 days).
      named AS (SELECT g.*, u.label AS unit, (SELECT p.name FROM "Property" p WHERE p.id = g."propertyId") AS property,
                  (SELECT c.name FROM "Category" c WHERE c.id = g."categoryId") AS category
                FROM g JOIN "Unit" u ON u.id = g."unitId"),
      top AS (SELECT * FROM named ORDER BY count DESC, property, unit, category LIMIT ${SAME_UNIT_LIMIT})
    SELECT (SELECT count(*) FROM g)::int AS total,
      coalesce(json_agg(json_build_object('propertyId', "propertyId", 'property', property, 'unitId', "unitId",
        'unit', unit, 'categoryId', "categoryId", 'category', category, 'count', count,
        'trackingNumbers', (SELECT array_agg(w."trackingNumber" ORDER BY w."createdAt") FROM "WorkOrder" w
          WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED' AND w."unitId" = top."unitId" AND w."categoryId" = top."categoryId"))
        ORDER BY count DESC, property, unit, category), '[]') AS list
    FROM top`,
  );
  const length = f.to.getTime() - f.from.getTime();
  const previous = { ...f, from: new Date(f.from.getTime() - length), to: f.from };
  // Units counted as the (property, category, unit) groups of a hashed first pass: count(DISTINCT)
  // would sort every request of the period.
  const spikeList = reportRows<CategorySpike[]>(Prisma.sql`
    WITH per_unit AS (SELECT w."propertyId" COLLATE "C" AS "propertyId", w."categoryId" COLLATE "C" AS "categoryId",
                        w."unitId" COLLATE "C" AS "unitId", count(*) AS n
                      FROM "WorkOrder" w WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED' GROUP BY 1, 2, 3),
      now_ AS (SELECT "propertyId", "categoryId", sum(n)::int AS n, count("unitId")::int AS units
               FROM per_unit GROUP BY 1, 2),
      before AS (SELECT w."propertyId", w."categoryId", count(*)::int AS n
                 FROM "WorkOrder" w WHERE ${scoped(scope, previous)} AND w.status <> 'CANCELLED' GROUP BY 1, 2)
    SELECT x."propertyId", p.name AS property, x."categoryId", c.name AS category, x.n AS count, x.units,
      coalesce(b.n, 0)::int AS "previousCount", x.n >= 2 * coalesce(b.n, 0) AS rising
    FROM now_ x LEFT JOIN before b ON b."propertyId" = x."propertyId" AND b."categoryId" = x."categoryId"
      JOIN "Property" p ON p.id = x."propertyId" JOIN "Category" c ON c.id = x."categoryId"
    WHERE x.n >= ${SPIKE_MIN} AND x.units >= 2
    ORDER BY x.n DESC, p.name, c.name`);
  const callbackList = reportRows<
    (Omit<Callback, "at" | "followUpTrackingNumber" | "workOrderId"> & {
      id: string;
      follow: number | null;
      at: Date;
    })[]
  >(latestCallbacksSql(scope, f, 500));
  const [[{ total: sameUnitTotal, list }], spikes, callbacks] = await Promise.all([
    sameUnitList,
    spikeList,
    callbackList,
  ]);
  const sameUnit = typeof list === "string" ? (JSON.parse(list) as RepeatUnit[]) : list;
  return {
    sameUnit: sameUnit.map((r) => ({ ...r, count: Number(r.count), trackingNumbers: r.trackingNumbers.map(Number) })),
    sameUnitTotal: Number(sameUnitTotal),
    spikes: spikes.map((r) => ({
      ...r,
      count: Number(r.count),
      units: Number(r.units),
      previousCount: Number(r.previousCount),
    })),
    callbacks: callbacks.map((r) => ({
      kind: r.kind,
      workOrderId: r.id,
      trackingNumber: Number(r.trackingNumber),
      followUpTrackingNumber: r.follow === null ? null : Number(r.follow),
      vendorId: r.vendorId,
      technicianId: r.technicianId,
      propertyId: r.propertyId,
      categoryId: r.categoryId,
      at: r.at.toISOString(),
    })),
    callbackWindowDays: scope.callbackWindowDays,
  };
}
