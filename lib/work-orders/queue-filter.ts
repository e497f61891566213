// The manager queue's filters, read from the URL and turned into a Prisma where (issue 4). Pure:
// no database, `now` passed in, so the table test pins every filter and saved view. Scope is NOT
// added here: the query in queue.ts puts scopeFor(actor) beside this where, never inside it.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import type { Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import { ALL_STATUSES, QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";

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
  /** Created in [createdFrom, createdTo): the period of the report a number came from. */
  createdFrom?: Date;
  createdTo?: Date;
  /** Exactly these work orders (a report's list of breaches or repeats), at most NUMBERS_MAX. */
  numbers?: number[];
  sort: QueueSort;
  page: number;
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
  n: opt(
    z
      .string()
      .regex(/^\d{1,9}(,\d{1,9})*$/)
      .transform((s) => [...new Set(s.split(",").map(Number))].slice(0, NUMBERS_MAX)),
  ),
  sort: z.enum(SORTS).catch("newest").default("newest"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
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
    numbers: p.n,
    sort: p.sort,
    page: p.page,
    view: p.view,
  };
}

/** The URL query for a filter (defaults left out), with `changes` applied; resets the page. */
export function queueHref(f: QueueFilter, changes: Partial<QueueFilter> = {}): string {
  const m = { ...f, page: 1, ...changes };
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
  put("n", m.numbers?.join(","));
  put("sort", m.sort, "newest");
  put("page", m.page, 1);
  const s = q.toString();
  return s ? `/dashboard?${s}` : "/dashboard";
}

const open: Prisma.WorkOrderWhereInput = { status: { in: [...QUEUE_OPEN_STATUSES] } };
// Matches nothing: a filter about "me" without a viewer (no one is "me").
const NOBODY = "__nobody__";

/**
 * Open work whose next move is staff's (issue 18): new work nobody has taken on, a tenant's
 * reschedule request, completed work to check and close (the "Waiting on us" reasons), and an
 * estimate awaiting a decision — but nothing on hold for the owner's answer, which is theirs.
 */
export const NEEDS_STAFF: Prisma.WorkOrderWhereInput = {
  AND: [
    open,
    {
      OR: [
        { status: "NEW" },
        { rescheduleRequestedAt: { not: null } },
        { status: "COMPLETED" },
        { estimates: { some: { status: "PENDING" } } },
      ],
    },
    { OR: [{ holdReason: null }, { holdReason: { not: "WAITING_FOR_OWNER_APPROVAL" } }] },
  ],
};

/** The responsible filter as a where; `me` is the viewer's user id. */
export function responsibleFilterWhere(r: string, me?: string): Prisma.WorkOrderWhereInput {
  if (r === "none") return { responsibleId: null };
  return { responsibleId: r === "me" ? (me ?? NOBODY) : r };
}

/** What each saved view means (issue 4); "now" decides what is breached, `me` whose work is mine. */
export function savedViewWhere(view: SavedView, now: Date, me?: string): Prisma.WorkOrderWhereInput {
  switch (view) {
    case "mine": // "Waiting on me": I am responsible and the next move is staff's
      return { AND: [{ responsibleId: me ?? NOBODY }, NEEDS_STAFF] };
    case "unassigned":
      return { status: "NEW", vendorId: null, technicianId: null };
    case "emergencies":
      return { ...open, priority: "EMERGENCY" };
    case "breached":
      // nextDueAt is NULL once work is completed, so "open" only has to exclude nothing more.
      return { ...open, nextDueAt: { lte: now } };
    case "waiting":
      return {
        ...open,
        OR: [
          { status: "NEW", firstResponseAt: null },
          { rescheduleRequestedAt: { not: null } },
          { status: "COMPLETED" },
        ],
      };
    case "owner": // issue 7: on hold until the owner answers an estimate
      return { ...open, holdReason: "WAITING_FOR_OWNER_APPROVAL" };
  }
}

/** Units and people whose label or name matched, looked up first in their own small tables. */
export type SearchHits = { unitIds: string[]; reporterIds: string[] };

// With hits resolved, every branch of the OR is an indexed column of WorkOrder (trigram, unique,
// foreign-key indexes), so PostgreSQL can combine bitmap scans instead of reading every row and
// probing Unit and User for each. Without hits (tests, small data) the relation filters do it.
function searchWhere(raw: string, hits?: SearchHits): Prisma.WorkOrderWhereInput {
  const text = raw.trim();
  const like = { contains: text, mode: "insensitive" } as const;
  const or: Prisma.WorkOrderWhereInput[] = [{ description: like }, { reporterName: like }];
  if (hits) {
    if (hits.reporterIds.length) or.push({ reporterId: { in: hits.reporterIds } });
    if (hits.unitIds.length) or.push({ unitId: { in: hits.unitIds } });
  } else {
    or.push({ reporter: { is: { name: like } } }, { unit: { is: { label: like } } });
  }
  const n = /^#?\s*(\d{1,9})$/.exec(text);
  if (n) or.unshift({ trackingNumber: Number(n[1]) });
  return { OR: or };
}

type Omit_ = "status" | "priority" | "saved";

/** The where for a filter, without scope. `omit` drops a facet, for counting that facet's options. */
export function queueWhere(
  f: QueueFilter,
  now: Date,
  omit: Omit_[] = [],
  hits?: SearchHits,
  me?: string,
): Prisma.WorkOrderWhereInput {
  const and: Prisma.WorkOrderWhereInput[] = [];
  if (f.saved && !omit.includes("saved")) and.push(savedViewWhere(f.saved, now, me));
  if (!omit.includes("status")) {
    if (f.status === "OPEN") and.push(open);
    else if (f.status !== "ALL") and.push({ status: f.status });
  }
  if (f.priority && !omit.includes("priority")) and.push({ priority: f.priority });
  if (f.categoryId) and.push({ categoryId: f.categoryId });
  if (f.propertyId) and.push({ propertyId: f.propertyId });
  if (f.vendorId) and.push({ vendorId: f.vendorId });
  if (f.responsible) and.push(responsibleFilterWhere(f.responsible, me));
  if (f.onHold) and.push({ holdReason: { not: null } });
  if (f.sla === "breached") and.push({ nextDueAt: { lte: now } });
  if (f.sla === "at-risk") and.push({ nextAtRiskAt: { lte: now }, nextDueAt: { gt: now } });
  if (f.olderThanDays) and.push({ createdAt: { lt: new Date(now.getTime() - f.olderThanDays * 86_400_000) } });
  if (f.q) and.push(searchWhere(f.q, hits));
  if (f.createdFrom) and.push({ createdAt: { gte: f.createdFrom } });
  if (f.createdTo) and.push({ createdAt: { lt: f.createdTo } });
  if (f.numbers) and.push({ trackingNumber: { in: f.numbers } });
  return and.length ? { AND: and } : {};
}

/** Sorts end on the id so paging is stable between equal keys. */
export function queueOrderBy(sort: QueueSort): Prisma.WorkOrderOrderByWithRelationInput[] {
  switch (sort) {
    case "newest":
      return [{ createdAt: "desc" }, { id: "desc" }];
    case "oldest":
      return [{ createdAt: "asc" }, { id: "asc" }];
    case "priority": // enum order: EMERGENCY first
      return [{ priority: "asc" }, { nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    case "due":
      return [{ nextDueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }];
  }
}
