// Every work order of the report's scope and filters as CSV rows, streamed: pages of rows are read
// by keyset on the tracking number (unique, in order of creation) so a million rows never sit in memory, and each page is written out
// before the next is read. The first booking and the approved estimate are columns kept by triggers
// (the report_denormalised migration), so a page is one indexed range read with no lookup per row.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { BOM, csvLine, type CsvValue } from "@/lib/csv";
import { scoped, type Clock } from "@/lib/reports/sql";
import type { ReportScope } from "@/lib/reports/types";

const PAGE = 5000;

export const WORK_ORDER_COLUMNS = [
  "tracking_number",
  "status",
  "priority",
  "tenant_severity",
  "emergency_detected",
  "property",
  "unit",
  "category",
  "vendor",
  "technician",
  "hold_reason",
  "description",
  "created_at",
  "first_response_at",
  "assigned_at",
  "accepted_at",
  "scheduled_at",
  "window_start",
  "window_end",
  "departed_at",
  "arrived_at",
  "completed_at",
  "closed_at",
  "cancelled_at",
  "response_due_at",
  "resolution_due_at",
  "approved_estimate",
  "actual_cost",
  "rating",
] as const;

type Row = { trackingNumber: number; values: CsvValue[] };

const dollars = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));

async function page(scope: ReportScope, f: ReportFilters, after: number, size: number, clock: Clock) {
  const rows = await db().$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT w.id, w."createdAt", w."trackingNumber", w.status::text AS status, w.priority::text AS priority,
      w."tenantSeverity"::text AS "tenantSeverity", w."emergencyDetected", p.name AS property, u.label AS unit,
      c.name AS category, v.company AS vendor, t.name AS technician, w."holdReason"::text AS "holdReason",
      w.description, w."firstResponseAt", w."assignedAt", w."acceptedAt",
      w."scheduledAt",
      w."windowStart", w."windowEnd", w."departedAt", w."arrivedAt", w."completedAt", w."closedAt", w."cancelledAt",
      w."responseDueAt", w."resolutionDueAt",
      w."approvedEstimateCents" AS "approvedCents",
      w."actualCostCents", w.rating
    FROM "WorkOrder" w
    JOIN "Property" p ON p.id = w."propertyId"
    JOIN "Unit" u ON u.id = w."unitId"
    JOIN "Category" c ON c.id = w."categoryId"
    LEFT JOIN "Vendor" v ON v.id = w."vendorId"
    LEFT JOIN "User" t ON t.id = w."technicianId"
    WHERE ${scoped(scope, f, clock)}
      AND w."trackingNumber" > ${after}
    ORDER BY w."trackingNumber"
    LIMIT ${size}`);
  return rows.map((r): Row => ({
    trackingNumber: r.trackingNumber as number,
    values: [
      r.trackingNumber as number,
      r.status as string,
      r.priority as string,
      r.tenantSeverity as string,
      r.emergencyDetected as boolean,
      r.property as string,
      r.unit as string,
      r.category as string,
      r.vendor as string | null,
      r.technician as string | null,
      r.holdReason as string | null,
      r.description as string,
      r.createdAt as Date,
      r.firstResponseAt as Date | null,
      r.assignedAt as Date | null,
      r.acceptedAt as Date | null,
      r.scheduledAt as Date | null,
      r.windowStart as Date | null,
      r.windowEnd as Date | null,
      r.departedAt as Date | null,
      r.arrivedAt as Date | null,
      r.completedAt as Date | null,
      r.closedAt as Date | null,
      r.cancelledAt as Date | null,
      r.responseDueAt as Date | null,
      r.resolutionDueAt as Date | null,
      dollars(r.approvedCents as number | null),
      dollars(r.actualCostCents as number | null),
      r.rating as number | null,
    ],
  }));
}

/**
 * The CSV text in chunks: the header first, then one chunk per page of rows. The work orders are
 * those created in the period, or (`clock: "completedAt"`, the monthly export) completed in it.
 */
export async function* workOrdersCsv(
  scope: ReportScope,
  f: ReportFilters,
  { pageSize = PAGE, clock = "createdAt" }: { pageSize?: number; clock?: "createdAt" | "completedAt" } = {},
): AsyncGenerator<string> {
  yield BOM + csvLine([...WORK_ORDER_COLUMNS]);
  let after = 0;
  for (;;) {
    const rows = await page(scope, f, after, pageSize, clock);
    if (rows.length === 0) return;
    yield rows.map((r) => csvLine(r.values)).join("");
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].trackingNumber;
  }
}
