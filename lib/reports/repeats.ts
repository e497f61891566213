// Repeat issues (DESIGN.md §9): the same unit asking about the same category again, a category
// spiking across a property, and callbacks after a vendor's or technician's completion.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { latestCallbacksSql } from "@/lib/reports/callbacks";
import type { ReportFilters } from "@/lib/reports/filters";
import { scoped } from "@/lib/reports/sql";
import type { Callback, CategorySpike, RepeatsReport, RepeatUnit, ReportScope } from "@/lib/reports/types";

/** A spike: this many requests of a category at a property in the period, from at least two units. */
export const SPIKE_MIN = 3;

export async function repeatsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<RepeatsReport> {
  // Grouped by the ids alone, in byte order ("C"), and named afterwards: sorting 10^5 rows by names in
  // the database's collation cost more than everything else. Sent as one JSON value: thousands of
  // rows with arrays cost more to decode as rows than to find.
  const [{ list }] = await db().$queryRaw<[{ list: (RepeatUnit & { count: number })[] }]>(Prisma.sql`
    WITH g AS (
      SELECT w."propertyId" COLLATE "C" AS "propertyId", w."unitId" COLLATE "C" AS "unitId",
        w."categoryId" COLLATE "C" AS "categoryId", count(*)::int AS count,
        array_agg(w."trackingNumber" ORDER BY w."createdAt") AS "trackingNumbers"
      FROM "WorkOrder" w WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED'
      GROUP BY 1, 2, 3 HAVING count(*) >= 2),
      -- Names by subquery: the groups' count after a join on the "C" keys is misestimated (as 1 row),
      -- which had the units joined by a nested loop (6 million comparisons at 90 days).
      named AS (SELECT g.*, u.label AS unit, (SELECT p.name FROM "Property" p WHERE p.id = g."propertyId") AS property,
                  (SELECT c.name FROM "Category" c WHERE c.id = g."categoryId") AS category
                FROM g JOIN "Unit" u ON u.id = g."unitId")
    SELECT coalesce(json_agg(json_build_object('propertyId', "propertyId", 'property', property, 'unitId', "unitId",
        'unit', unit, 'categoryId', "categoryId", 'category', category, 'count', count,
        'trackingNumbers', "trackingNumbers") ORDER BY count DESC, property, unit, category), '[]') AS list
    FROM named`);
  const sameUnit = typeof list === "string" ? (JSON.parse(list) as typeof list) : list;
  const length = f.to.getTime() - f.from.getTime();
  const previous = { ...f, from: new Date(f.from.getTime() - length), to: f.from };
  // Units counted as the (property, category, unit) groups of a hashed first pass: count(DISTINCT)
  // would sort every request of the period.
  const spikes = await db().$queryRaw<CategorySpike[]>(Prisma.sql`
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
  const callbacks = await db().$queryRaw<
    (Omit<Callback, "at" | "followUpTrackingNumber" | "workOrderId"> & {
      id: string;
      follow: number | null;
      at: Date;
    })[]
  >(latestCallbacksSql(scope, f, 500));
  return {
    sameUnit: sameUnit.map((r) => ({ ...r, count: Number(r.count), trackingNumbers: r.trackingNumbers.map(Number) })),
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
