// What a report is asked about: a period and optional narrowing, parsed from the page's query
// string. Pure: the caller passes `now` and the organisation's time zone. The same filters drive
// the page, every CSV export and the links to the queue behind each number.
import { z } from "zod";
import { zonedToUtc } from "@/lib/time";
import { localDate } from "@/lib/work-orders/sla";

export const PERIODS = ["30", "90", "365", "custom"] as const;
export type Period = (typeof PERIODS)[number];
const PRIORITIES = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const;

export type ReportFilters = {
  period: Period;
  /** First instant counted (inclusive), UTC. */
  from: Date;
  /** End of the period (exclusive), UTC. */
  to: Date;
  /** The local dates the period covers, YYYY-MM-DD, for the form and the links. */
  fromDate: string;
  toDate: string;
  propertyId?: string;
  categoryId?: string;
  priority?: (typeof PRIORITIES)[number];
  vendorId?: string;
  /**
   * Why the period is not the one asked for: a custom period whose days could not be read (the
   * default is shown instead), or one longer than three years (cut to its last three).
   */
  notice?: "unreadable" | "cut";
  /** With an unreadable custom period: the days as typed (a real day, or ""), for the form to keep. */
  asked?: { from: string; to: string };
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().min(1).max(64);
const raw = z.object({
  period: z.enum(PERIODS).catch("90"),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  property: id.optional().catch(undefined),
  category: id.optional().catch(undefined),
  priority: z.enum(PRIORITIES).optional().catch(undefined),
  vendor: id.optional().catch(undefined),
});

const DAY_MS = 86_400_000;
const MAX_DAYS = 3 * 366; // a custom period longer than three years is cut to three years

/** A real calendar day (not 31 February) in a year a maintenance record can have: 1970 to 2999. */
function realDay(date: string | undefined): date is string {
  if (!date || date < "1970-01-01" || date > "2999-12-31") return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date;
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Reads `?period=30|90|365|custom&from=&to=&property=&category=&priority=&vendor=`. Anything
 * unreadable falls back to the default (the last 90 days) rather than failing the page. The last
 * N days end with today, in the organisation's time zone; a custom period covers whole local days,
 * `to` included.
 */
export function parseReportFilters(
  params: Record<string, string | string[] | undefined>,
  now: Date,
  timeZone: string,
): ReportFilters {
  const first = (k: string) => (Array.isArray(params[k]) ? params[k][0] : params[k]) || undefined;
  const p = raw.parse({
    period: first("period"),
    from: first("from"),
    to: first("to"),
    property: first("property"),
    category: first("category"),
    priority: first("priority"),
    vendor: first("vendor"),
  });
  const today = localDate(now, timeZone).ymd;
  let fromDate: string;
  let toDate: string;
  let period: Period = p.period;
  let notice: ReportFilters["notice"];
  if (period === "custom" && realDay(p.from) && realDay(p.to)) {
    [fromDate, toDate] = p.from <= p.to ? [p.from, p.to] : [p.to, p.from];
    if (Date.parse(toDate) - Date.parse(fromDate) > MAX_DAYS * DAY_MS) {
      fromDate = addDays(toDate, -MAX_DAYS);
      notice = "cut";
    }
  } else {
    if (period === "custom") [period, notice] = ["90", "unreadable"];
    toDate = today;
    fromDate = addDays(today, -(Number(period) - 1));
  }
  return {
    period,
    from: zonedToUtc(`${fromDate}T00:00`, timeZone)!,
    to: zonedToUtc(`${addDays(toDate, 1)}T00:00`, timeZone)!,
    fromDate,
    toDate,
    propertyId: p.property,
    categoryId: p.category,
    priority: p.priority,
    vendorId: p.vendor,
    ...(notice && { notice }),
    ...(notice === "unreadable" && {
      asked: { from: realDay(p.from) ? p.from : "", to: realDay(p.to) ? p.to : "" },
    }),
  };
}

/** The filters back as a query string, for links (queue, CSV, the other report sections). */
export function filtersToQuery(f: ReportFilters): URLSearchParams {
  const q = new URLSearchParams({ period: f.period });
  if (f.period === "custom") {
    q.set("from", f.fromDate);
    q.set("to", f.toDate);
  }
  if (f.propertyId) q.set("property", f.propertyId);
  if (f.categoryId) q.set("category", f.categoryId);
  if (f.priority) q.set("priority", f.priority);
  if (f.vendorId) q.set("vendor", f.vendorId);
  return q;
}

/**
 * The filters without a property, category or vendor the form does not offer the reader (out of
 * their scope, another organisation's, or a filter their form has not got): otherwise the form would
 * read "All properties" over numbers for nothing.
 */
export function offeredFilters(
  f: ReportFilters,
  offered: Record<"properties" | "categories" | "vendors", { id: string }[]>,
): ReportFilters {
  const has = (list: { id: string }[], id?: string) => (id && list.some((o) => o.id === id) ? id : undefined);
  return {
    ...f,
    propertyId: has(offered.properties, f.propertyId),
    categoryId: has(offered.categories, f.categoryId),
    vendorId: has(offered.vendors, f.vendorId),
  };
}
