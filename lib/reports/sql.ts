// The WHERE every report shares (scope + filters) and the small SQL pieces they repeat, as Prisma.sql
// fragments: values are always bound parameters. Work orders are aliased `w` throughout.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { utc } from "@/lib/db/utc";
import type { ReportFilters } from "@/lib/reports/filters";
import type { Dimension, ReportScope } from "@/lib/reports/types";

/** Which instant puts a work order in the period: created (most reports), completed, closed, or none. */
export type Clock = "createdAt" | "completedAt" | "closedAt" | null;

/** `col` within the period: from (inclusive) to (exclusive). */
export const inPeriod = (col: Prisma.Sql, f: Pick<ReportFilters, "from" | "to">) =>
  Prisma.sql`${col} >= ${utc(f.from)} AND ${col} < ${utc(f.to)}`;

/**
 * The shared WHERE on `w`: the organisation, the scope's properties, the filters, and the period on
 * `clock`. An empty scope matches nothing.
 */
export function scoped(scope: ReportScope, f: ReportFilters, clock: Clock = "createdAt"): Prisma.Sql {
  if (scope.propertyIds.length === 0) return Prisma.sql`false`;
  const parts = [
    Prisma.sql`w."orgId" = ${scope.orgId}`,
    Prisma.sql`w."propertyId" IN (${Prisma.join(scope.propertyIds)})`,
  ];
  if (f.propertyId) parts.push(Prisma.sql`w."propertyId" = ${f.propertyId}`);
  if (f.categoryId) parts.push(Prisma.sql`w."categoryId" = ${f.categoryId}`);
  if (f.priority) parts.push(Prisma.sql`w.priority = ${f.priority}::"Priority"`);
  if (f.vendorId) parts.push(Prisma.sql`w."vendorId" = ${f.vendorId}`);
  if (clock) parts.push(inPeriod(Prisma.raw(`w."${clock}"`), f));
  return Prisma.join(parts, " AND ");
}

/**
 * Hours in an interval expression, as float8 (null when it is null). date_part, not extract: extract
 * answers numeric, and its numeric division cost more than the rest of a scan (4 measures over 100k
 * rows: about 200 ms against 80).
 */
export const hoursOf = (interval: string | Prisma.Sql) =>
  Prisma.sql`(date_part('epoch', ${typeof interval === "string" ? Prisma.raw(interval) : interval}) / 3600)`;

/** Hours from `a` to `b` as float8 (null when either is null). */
export const hoursBetween = (a: string, b: string) => hoursOf(`${b} - ${a}`);

/** A UTC timestamp column as the organisation's local wall time. */
export const local = (col: string, scope: ReportScope) =>
  Prisma.sql`((${Prisma.raw(col)} AT TIME ZONE 'UTC') AT TIME ZONE ${scope.timeZone})`;

/** Median, p90 and mean of an expression, with the count of non-null values: four columns. */
export const durationCols = (expr: string, as: string) =>
  Prisma.raw(
    `count(${expr})::int AS ${as}_n, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expr}) AS ${as}_med, ` +
      `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${expr}) AS ${as}_p90, avg(${expr})::float8 AS ${as}_avg`,
  );

export type DurationRow<A extends string> = Record<`${A}_n`, number> &
  Record<`${A}_med` | `${A}_p90` | `${A}_avg`, number | null>;

export const duration = <A extends string>(r: DurationRow<A>, as: A) => ({
  count: Number(r[`${as}_n`]),
  medianHours: r[`${as}_med`],
  p90Hours: r[`${as}_p90`],
  meanHours: r[`${as}_avg`],
});

/**
 * The four dimensions' keys of `w`, named for dimensionGroups. In byte order ("C"): grouping sorts
 * by them, and the database's default collation compares ids several times slower to no purpose.
 */
export const dimensionKeys = Prisma.raw(
  `w."categoryId" COLLATE "C" AS "categoryId", w."propertyId" COLLATE "C" AS "propertyId", ` +
    `w.priority::text COLLATE "C" AS priority, w."vendorId" COLLATE "C" AS "vendorId"`,
);

const DIMENSION_COLUMN = {
  category: '"categoryId"',
  property: '"propertyId"',
  priority: "priority",
  vendor: '"vendorId"',
} as const satisfies Record<Exclude<Dimension, "overall">, string>;

/**
 * GROUPING SETS over some of the dimensions (and `extra` sets, such as a trend's bucket), with the
 * dimension's name and key as `dim` and `k` ('overall' for the () set and for the extra sets). The
 * columns must be plain names from a CTE (GROUP BY matches them by text).
 */
export function dimensionSets(dims: readonly Dimension[], extra: readonly string[] = []) {
  const keyed = dims.filter((d) => d !== "overall");
  const sets = [...(dims.includes("overall") ? ["()"] : []), ...keyed.map((d) => `(${DIMENSION_COLUMN[d]})`)];
  const cases = keyed.map((d) => `WHEN GROUPING(${DIMENSION_COLUMN[d]}) = 0 THEN '${d}'`).join(" ");
  const keys = keyed.map((d) => DIMENSION_COLUMN[d]);
  return {
    groups: Prisma.raw(`GROUPING SETS (${[...sets, ...extra.map((e) => `(${e})`)].join(", ")})`),
    cols: Prisma.raw(
      `${cases ? `CASE ${cases} ELSE 'overall' END` : "'overall'"} AS dim, ` +
        `${keys.length > 1 ? `coalesce(${keys.join(", ")})` : (keys[0] ?? "NULL::text")} AS k`,
    ),
  };
}

/** GROUPING SETS over the four dimensions and the overall row, with `dim` and `k` (dimensionSets). */
const ALL_DIMENSIONS = dimensionSets(["overall", "category", "property", "priority", "vendor"]);
export const dimensionGroups = ALL_DIMENSIONS.groups;
export const dimensionCols = ALL_DIMENSIONS.cols;

/** Trend buckets: weeks for periods up to 120 days, months beyond. */
export const trendUnit = (f: ReportFilters): "week" | "month" =>
  f.to.getTime() - f.from.getTime() <= 120 * 86_400_000 ? "week" : "month";

/**
 * The period's trend buckets (local weeks from Monday, or months) from the one holding its first day
 * to the one holding its last: their names ("YYYY-MM-DD" of the local start) and first instants in
 * UTC (`bounds`, for width_bucket: placing each row against a few dozen instants is cheaper than
 * converting it to local time). A local midnight that does not exist (spring forward) is read with
 * the offset before the change, i.e. the change itself; one that occurs twice (fall back) is moved to
 * its first occurrence, an hour earlier, when that is already the new bucket (as the costs report's
 * months).
 */
export const localBucketsSql = (scope: ReportScope, f: ReportFilters, unit: "week" | "month") => Prisma.sql`
  SELECT array_agg(CASE WHEN date_trunc(${unit}, ${local("(s - interval '1 hour')", scope)}) = b
      THEN s - interval '1 hour' ELSE s END ORDER BY b) AS bounds,
    array_agg(to_char(b, 'YYYY-MM-DD') ORDER BY b) AS names
  FROM generate_series(date_trunc(${unit}, ${f.fromDate}::timestamp), ${f.toDate}::timestamp, ('1 ' || ${unit})::interval) b,
    LATERAL (SELECT (b AT TIME ZONE ${scope.timeZone}) AT TIME ZONE 'UTC' AS s) x`;
