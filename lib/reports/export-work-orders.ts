// Every work order of the report's scope and filters as CSV rows, streamed: pages of rows are read
// by keyset on the tracking number (unique, in order of creation) so a million rows never sit in
// memory, and each page is written out before the next is read. The database writes the lines
// (lib/reports/csv-sql.ts): a page arrives as one text value, not 5,000 rows of 30 typed fields.
// The first booking and the approved estimate are columns kept by triggers (the
// report_denormalised migration), so a page is one indexed range read with no lookup per row.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/reports/filters";
import { BOM, csvLine } from "@/lib/csv";
import { csvDollars, csvInstant, csvPlain, csvRow, csvText } from "@/lib/reports/csv-sql";
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

// The columns in WORK_ORDER_COLUMNS' order, each formatted by the database (lib/reports/csv-sql.ts).
const LINE = csvRow([
  csvPlain('w."trackingNumber"'),
  csvPlain("w.status"),
  csvPlain("w.priority"),
  csvPlain('w."tenantSeverity"'),
  csvPlain('w."emergencyDetected"'),
  "p.name",
  "u.name",
  "c.name",
  "coalesce(v.name, '')",
  "coalesce(t.name, '')",
  csvPlain('w."holdReason"'),
  csvText("w.description"),
  ...[
    "createdAt",
    "firstResponseAt",
    "assignedAt",
    "acceptedAt",
    "scheduledAt",
    "windowStart",
    "windowEnd",
    "departedAt",
    "arrivedAt",
    "completedAt",
    "closedAt",
    "cancelledAt",
    "responseDueAt",
    "resolutionDueAt",
  ].map((col) => csvInstant(`w."${col}"`)),
  csvDollars('w."approvedEstimateCents"'),
  csvDollars('w."actualCostCents"'),
  csvPlain("w.rating"),
]);

/**
 * A small table's names as CSV fields, formatted once a page rather than once a row (OFFSET 0 keeps
 * the planner from folding the formatting back into the row-by-row join).
 */
const names = (table: string, col: string, where = "") =>
  Prisma.raw(`(SELECT id, ${csvText(`"${col}"`)} AS name FROM "${table}" ${where} OFFSET 0)`);

/**
 * One page as one piece of text: the lines of up to `size` work orders after tracking number
 * `after`, in order, with the last one's number (null when the page is empty).
 */
async function page(scope: ReportScope, f: ReportFilters, after: number, size: number, clock: Clock) {
  const [r] = await db().$queryRaw<{ text: string | null; last: number | null; n: number }[]>(Prisma.sql`
    WITH w AS (
      SELECT * FROM "WorkOrder" w
      WHERE ${scoped(scope, f, clock)} AND w."trackingNumber" > ${after}
      ORDER BY w."trackingNumber" LIMIT ${size})
    SELECT string_agg(${LINE}, '' ORDER BY w."trackingNumber") AS text, max(w."trackingNumber") AS last,
      count(*)::int AS n
    FROM w
    JOIN ${names("Property", "name")} p ON p.id = w."propertyId"
    JOIN ${names("Unit", "label")} u ON u.id = w."unitId"
    JOIN ${names("Category", "name")} c ON c.id = w."categoryId"
    LEFT JOIN ${names("Vendor", "company")} v ON v.id = w."vendorId"
    LEFT JOIN ${names("User", "name", `WHERE role = 'TECHNICIAN'`)} t ON t.id = w."technicianId"`);
  return { text: r.text ?? "", last: r.last === null ? null : Number(r.last), count: Number(r.n) };
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
    const p = await page(scope, f, after, pageSize, clock);
    if (p.count === 0 || p.last === null) return;
    yield p.text;
    if (p.count < pageSize) return;
    after = p.last;
  }
}
