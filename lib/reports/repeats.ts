// Repeat issues (DESIGN.md §9): the same unit asking about the same category again, a category
// spiking across a property, and callbacks after a vendor's or technician's completion.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { callbacksSql } from "@/lib/reports/callbacks";
import type { ReportFilters } from "@/lib/reports/filters";
import { scoped } from "@/lib/reports/sql";
import type { Callback, CategorySpike, RepeatsReport, RepeatUnit, ReportScope } from "@/lib/reports/types";

/** A spike: this many requests of a category at a property in the period, from at least two units. */
export const SPIKE_MIN = 3;

export async function repeatsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<RepeatsReport> {
  // Grouped by the ids alone, in byte order ("C"), and named afterwards: sorting 10^5 rows by names in
  // the database's collation cost more than everything else.
  const sameUnit = await db().$queryRaw<(RepeatUnit & { count: number })[]>(Prisma.sql`
    WITH g AS (
      SELECT w."propertyId" COLLATE "C" AS "propertyId", w."unitId" COLLATE "C" AS "unitId",
        w."categoryId" COLLATE "C" AS "categoryId", count(*)::int AS count,
        array_agg(w."trackingNumber" ORDER BY w."createdAt") AS "trackingNumbers"
      FROM "WorkOrder" w WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED'
      GROUP BY 1, 2, 3 HAVING count(*) >= 2)
    SELECT g."propertyId", p.name AS property, g."unitId", u.label AS unit, g."categoryId", c.name AS category,
      g.count, g."trackingNumbers"
    FROM g JOIN "Property" p ON p.id = g."propertyId" JOIN "Unit" u ON u.id = g."unitId"
      JOIN "Category" c ON c.id = g."categoryId"
    ORDER BY g.count DESC, p.name, u.label, c.name`);
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
  >(Prisma.sql`SELECT * FROM (${callbacksSql(scope, f)}) cb ORDER BY at DESC, "trackingNumber" DESC LIMIT 500`);
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
