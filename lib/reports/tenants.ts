// Tenants (DESIGN.md §9): how satisfied they are with closed work, how many answer the survey, and
// how many problems a self-help tip solved with no visit.
import "server-only";
import { reportRows } from "@/lib/reports/query";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { inPeriod, scoped } from "@/lib/reports/sql";
import type { ReportScope, TenantsReport } from "@/lib/reports/types";

type Row = {
  closed: number;
  rated: number;
  avg: number | null;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
};

/**
 * Ratings: work orders closed in the period. Self-help: "this fixed it" outcomes in the period at a
 * property in scope (recorded with the answer, else its unit's: a QR visitor may choose no unit),
 * against every time the tips were shown — those outcomes plus the requests made in the period in a
 * category that has tips (the form shows them before the request is sent; showing
 * them is not recorded on its own). The priority and vendor filters do not apply to self-help.
 */
export async function tenantsReport(scope: ReportScope, f: ReportFilters, _now: Date): Promise<TenantsReport> {
  const [r] = await reportRows<Row[]>(Prisma.sql`
    SELECT count(*)::int AS closed, count(w.rating)::int AS rated, avg(w.rating)::float8 AS avg,
      count(*) FILTER (WHERE w.rating = 1)::int AS d1, count(*) FILTER (WHERE w.rating = 2)::int AS d2,
      count(*) FILTER (WHERE w.rating = 3)::int AS d3, count(*) FILTER (WHERE w.rating = 4)::int AS d4,
      count(*) FILTER (WHERE w.rating = 5)::int AS d5
    FROM "WorkOrder" w WHERE ${scoped(scope, f, "closedAt")}`);
  const general = { ...f, priority: undefined, vendorId: undefined };
  const at = Prisma.sql`coalesce(o."propertyId", u."propertyId")`; // where the answer was given
  const [s] = await reportRows<{ fixed: number; asked: number }[]>(Prisma.sql`
    SELECT
      (SELECT count(*)::int FROM "SelfHelpOutcome" o LEFT JOIN "Unit" u ON u.id = o."unitId"
       WHERE o."orgId" = ${scope.orgId} AND ${scope.propertyIds.length ? Prisma.sql`${at} IN (${Prisma.join(scope.propertyIds)})` : Prisma.sql`false`}
         ${f.propertyId ? Prisma.sql`AND ${at} = ${f.propertyId}` : Prisma.empty}
         ${f.categoryId ? Prisma.sql`AND o."categoryId" = ${f.categoryId}` : Prisma.empty}
         AND ${inPeriod(Prisma.raw('o."createdAt"'), f)}) AS fixed,
      (SELECT count(*)::int FROM "WorkOrder" w JOIN "Category" c ON c.id = w."categoryId"
       WHERE ${scoped(scope, general)} AND cardinality(c.tips) > 0) AS asked`);
  const rate = (a: number, b: number) => (b ? a / b : null);
  const closed = Number(r.closed);
  const rated = Number(r.rated);
  const fixed = Number(s.fixed);
  const shown = fixed + Number(s.asked);
  return {
    closed,
    rated,
    responseRate: rate(rated, closed),
    averageRating: r.avg,
    distribution: [Number(r.d1), Number(r.d2), Number(r.d3), Number(r.d4), Number(r.d5)],
    selfHelp: { tipsShown: shown, fixed, deflectionRate: rate(fixed, shown) },
  };
}
