// The manager queue's filters, read from the URL (issue 4) and written back into links. Pure. What
// each filter means in the database is queue-sql.ts; scope is added beside it in queue.ts.
import { z } from "zod";
import type { Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import { localDate } from "@/lib/work-orders/sla";
import { ALL_STATUSES } from "@/lib/work-orders/transitions";

export const QUEUE_PAGE_SIZE = 50;
export const PRIORITIES: Priority[] = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"];
export const SAVED_VIEWS = ["mine", "unassigned", "emergencies", "breached", "waiting", "owner"] as const;
export const SORTS = ["newest", "oldest", "priority", "due"] as const;
export const AGES = [1, 3, 7, 30] as const;
export const NUMBERS_MAX = 200;

export type SavedView = (typeof SAVED_VIEWS)[number];
export type QueueSort = (typeof SORTS)[number];
export type QueueFilter = {
  saved?: SavedView;
  status: WorkOrderStatus | "OPEN" | "ALL";
  priority?: Priority;
  categoryId?: string;
  propertyId?: string;
  vendorId?: string;
  /** Who is responsible (issue 18): "me" (the viewer), "none" (no one), or a user's id. */
  responsible?: string;
  onHold?: boolean;
  sla?: "at-risk" | "breached";
  olderThanDays?: (typeof AGES)[number];
  q?: string;
  /**
   * In [createdFrom, createdTo): the period of the report a number came from, on the clock it counts
   * by: creation, or completion (`periodClock`, e.g. the costs report's jobs completed in the period).
   */
  createdFrom?: Date;
  createdTo?: Date;
  periodClock?: "completed";
  /** Exactly these work orders (a report's list of breaches or repeats), at most NUMBERS_MAX. */
  numbers?: number[];
  sort: QueueSort;
  /** Keyset paging (issue 19): the page after, or before, this work order (by its id) in the sort. */
  after?: string;
  before?: string;
  view: "table" | "board";
};

// A bad or stale value in a bookmarked URL falls back to its default instead of failing the page.
const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);
const id = opt(z.string().trim().min(1).max(64));
const schema = z.object({
  saved: opt(z.enum(SAVED_VIEWS)),
  status: z
    .enum(["OPEN", "ALL", ...ALL_STATUSES] as [string, ...string[]])
    .catch("OPEN")
    .default("OPEN"),
  priority: opt(z.enum(PRIORITIES as [Priority, ...Priority[]])),
  category: id,
  property: id,
  vendor: id,
  responsible: id,
  hold: opt(z.literal("1")),
  sla: opt(z.enum(["at-risk", "breached"])),
  age: opt(
    z.coerce
      .number()
      .pipe(
        z.union(AGES.map((a) => z.literal(a)) as [z.ZodLiteral<1>, z.ZodLiteral<3>, z.ZodLiteral<7>, z.ZodLiteral<30>]),
      ),
  ),
  q: opt(z.string().trim().max(100)),
  from: opt(z.iso.datetime().transform((s) => new Date(s))),
  to: opt(z.iso.datetime().transform((s) => new Date(s))),
  clock: opt(z.literal("completed")),
  n: opt(
    z
      .string()
      .regex(/^\d{1,9}(,\d{1,9})*$/)
      .transform((s) => [...new Set(s.split(",").map(Number))].slice(0, NUMBERS_MAX)),
  ),
  sort: z.enum(SORTS).catch("newest").default("newest"),
  after: opt(z.string().regex(/^[\w-]{1,64}$/)),
  before: opt(z.string().regex(/^[\w-]{1,64}$/)),
  view: z.enum(["table", "board"]).catch("table").default("table"),
});

type Params = Record<string, string | string[] | undefined>;

/** The filter from a page's searchParams (first value of a repeated key). */
export function parseQueueFilter(params: Params): QueueFilter {
  const flat = Object.fromEntries(
    Object.entries(params)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== ""),
  );
  const p = schema.parse(flat);
  return {
    saved: p.saved,
    status: p.status as QueueFilter["status"],
    priority: p.priority,
    categoryId: p.category,
    propertyId: p.property,
    vendorId: p.vendor,
    responsible: p.responsible,
    onHold: p.hold ? true : undefined,
    sla: p.sla,
    olderThanDays: p.age,
    q: p.q || undefined,
    createdFrom: p.from,
    createdTo: p.to,
    periodClock: p.clock,
    numbers: p.n,
    sort: p.sort,
    after: p.after,
    before: p.before,
    view: p.view,
  };
}

/** The URL query for a filter (defaults left out), with `changes` applied; back to the first page. */
export function queueHref(f: QueueFilter, changes: Partial<QueueFilter> = {}): string {
  const m = { ...f, after: undefined, before: undefined, ...changes };
  const q = new URLSearchParams();
  const put = (k: string, v: string | number | undefined, dflt?: string | number) =>
    v !== undefined && v !== dflt && q.set(k, String(v));
  put("view", m.view, "table");
  put("saved", m.saved);
  put("status", m.status, "OPEN");
  put("priority", m.priority);
  put("category", m.categoryId);
  put("property", m.propertyId);
  put("vendor", m.vendorId);
  put("responsible", m.responsible);
  put("hold", m.onHold ? "1" : undefined);
  put("sla", m.sla);
  put("age", m.olderThanDays);
  put("q", m.q);
  put("from", m.createdFrom?.toISOString());
  put("to", m.createdTo?.toISOString());
  put("clock", m.periodClock);
  put("n", m.numbers?.join(","));
  put("sort", m.sort, "newest");
  put("after", m.after);
  put("before", m.before);
  const s = q.toString();
  return s ? `/dashboard?${s}` : "/dashboard";
}

/**
 * The local days (YYYY-MM-DD) a created-in [createdFrom, createdTo) filter covers in the
 * organisation's `timeZone`, the end day included: the days the report it came from names. The last
 * day is the one holding the period's last instant, a millisecond before its exclusive end.
 */
export function createdDays(
  f: Pick<QueueFilter, "createdFrom" | "createdTo">,
  timeZone: string,
): { from?: string; to?: string } {
  return {
    from: f.createdFrom && localDate(f.createdFrom, timeZone).ymd,
    to: f.createdTo && localDate(new Date(f.createdTo.getTime() - 1), timeZone).ymd,
  };
}

/**
 * Which chip of the saved views is the list on screen: a saved view, "All open" (no view, open work),
 * or none (no view and another status, e.g. every status from a report, or closed work only).
 */
export function activeView(f: Pick<QueueFilter, "saved" | "status">): SavedView | "open" | undefined {
  if (f.saved) return f.saved;
  return f.status === "OPEN" ? "open" : undefined;
}
