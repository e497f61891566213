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
  const sameUnit = await db().$queryRaw<(RepeatUnit & { count: number })[]>(Prisma.sql`
    SELECT w."propertyId", p.name AS property, w."unitId", u.label AS unit, w."categoryId", c.name AS category,
      count(*)::int AS count, array_agg(w."trackingNumber" ORDER BY w."createdAt") AS "trackingNumbers"
    FROM "WorkOrder" w JOIN "Property" p ON p.id = w."propertyId" JOIN "Unit" u ON u.id = w."unitId"
      JOIN "Category" c ON c.id = w."categoryId"
    WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED'
    GROUP BY w."propertyId", p.name, w."unitId", u.label, w."categoryId", c.name HAVING count(*) >= 2
    ORDER BY count(*) DESC, p.name, u.label, c.name`);
  const length = f.to.getTime() - f.from.getTime();
  const previous = { ...f, from: new Date(f.from.getTime() - length), to: f.from };
  const spikes = await db().$queryRaw<CategorySpike[]>(Prisma.sql`
    WITH now_ AS (SELECT w."propertyId", w."categoryId", count(*)::int AS n, count(DISTINCT w."unitId")::int AS units
                  FROM "WorkOrder" w WHERE ${scoped(scope, f)} AND w.status <> 'CANCELLED' GROUP BY 1, 2),
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
  };
}
