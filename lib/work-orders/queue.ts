// The manager queue's reads: always the actor's scope AND the filter, so a manager's rows, counts and
// search never reach another manager's properties. Each read is one statement (issue 19): a page with
// its names and badges, the board's columns, every count capped at COUNT_CAP.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { PREPARED } from "@/lib/db/prepared";
import type { HoldReason, Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import {
  PRIORITIES,
  QUEUE_PAGE_SIZE,
  SAVED_VIEWS,
  type QueueFilter,
  type SavedView,
} from "@/lib/work-orders/queue-filter";
import {
  keysetSql,
  OPEN_SQL,
  orderSql,
  queueWhereSql,
  savedViewSql,
  scopeSql,
  type Facet,
  type QueueScope,
} from "@/lib/work-orders/queue-sql";
import { responsibleWhere } from "@/lib/work-orders/responsible";
import { ALL_STATUSES, QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";
import { COUNT_CAP, type QueueCounts, type QueueRow } from "@/lib/work-orders/queue-types";

const { sql, join, raw } = Prisma;
export const BOARD_COLUMN_CAP = 20;

/** The queue is staff's: an admin sees the organisation, a manager their properties, anyone else nothing. */
export function queueScope(actor: Actor): QueueScope {
  if (actor.role === "ADMIN") return { orgId: actor.orgId, me: actor.userId };
  return { orgId: actor.orgId, propertyIds: actor.role === "MANAGER" ? actor.propertyIds : [], me: actor.userId };
}

type Raw = Omit<
  QueueRow,
  "reporter" | "category" | "unit" | "property" | "vendor" | "responsible" | "estimates" | "failedMessages"
> & {
  reporterUser: string | null;
  categoryName: string;
  unitLabel: string;
  propertyName: string;
  vendorCompany: string | null;
  responsibleName: string | null;
  ownerAskedAt: Date | null;
  failed: number;
};

const COLUMNS = raw(
  [
    "id",
    "trackingNumber",
    "version",
    "status",
    "priority",
    "description",
    "createdAt",
    "holdReason",
    "holdNote",
    "firstResponseAt",
    "completedAt",
    "responseDueAt",
    "responseAtRiskAt",
    "resolutionDueAt",
    "resolutionAtRiskAt",
    "nextDueAt",
    "rescheduleRequestedAt",
    "reporterName",
    "orgId",
    "categoryId",
    "unitId",
    "propertyId",
    "vendorId",
    "responsibleId",
    "reporterId",
  ]
    .map((c) => `w."${c}"`)
    .join(", "),
);

/**
 * Prepared by name (lib/db/prepared.ts) unless the filter searches text: the queue's statements are
 * wide (planning them cost about as much as running them) and their plans do not depend on which
 * property, status or moment they are asked for; a search's plan does (a rare word and a common one
 * want different plans), so a search is planned each time.
 */
const preparedUnlessSearch = (f: QueueFilter) => (f.q ? Prisma.empty : PREPARED);

/**
 * Rows of `picked` (a subquery over "WorkOrder" w with COLUMNS) with what the table shows beside
 * them: names, since when the owner has had the estimate, and how many messages failed every try.
 */
async function rowsOf(picked: Prisma.Sql, order: Prisma.Sql, f: QueueFilter): Promise<QueueRow[]> {
  const rows = await db().$queryRaw<Raw[]>(sql`${preparedUnlessSearch(f)}
    SELECT w.*, rep.name AS "reporterUser", cat.name AS "categoryName", u.label AS "unitLabel", p.name AS "propertyName",
      v.company AS "vendorCompany", r.name AS "responsibleName",
      (SELECT min(e."updatedAt") FROM "CostEstimate" e WHERE e."workOrderId" = w.id AND e.status = 'PENDING'
         AND EXISTS (SELECT 1 FROM "ActionToken" t WHERE t."estimateId" = e.id AND t.purpose = 'OWNER_APPROVAL')) AS "ownerAskedAt",
      (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."workOrderId" = w.id AND o.status = 'FAILED') AS failed
    FROM (${picked}) w
    JOIN "Category" cat ON cat.id = w."categoryId" JOIN "Unit" u ON u.id = w."unitId" JOIN "Property" p ON p.id = w."propertyId"
    LEFT JOIN "Vendor" v ON v.id = w."vendorId" LEFT JOIN "User" r ON r.id = w."responsibleId"
    LEFT JOIN "User" rep ON rep.id = w."reporterId"
    ORDER BY ${order}`);
  return rows.map((r) => ({
    id: r.id,
    trackingNumber: r.trackingNumber,
    version: r.version,
    status: r.status as WorkOrderStatus,
    priority: r.priority as Priority,
    description: r.description,
    createdAt: r.createdAt,
    holdReason: r.holdReason as HoldReason | null,
    holdNote: r.holdNote,
    firstResponseAt: r.firstResponseAt,
    completedAt: r.completedAt,
    responseDueAt: r.responseDueAt,
    responseAtRiskAt: r.responseAtRiskAt,
    resolutionDueAt: r.resolutionDueAt,
    resolutionAtRiskAt: r.resolutionAtRiskAt,
    nextDueAt: r.nextDueAt,
    rescheduleRequestedAt: r.rescheduleRequestedAt,
    reporterName: r.reporterName,
    reporter: r.reporterUser === null ? null : { name: r.reporterUser },
    category: { name: r.categoryName },
    unit: { label: r.unitLabel },
    property: { name: r.propertyName },
    vendor: r.vendorCompany === null ? null : { company: r.vendorCompany },
    responsible: r.responsibleName === null ? null : { name: r.responsibleName },
    estimates: r.ownerAskedAt ? [{ updatedAt: r.ownerAskedAt }] : [],
    failedMessages: Number(r.failed),
  }));
}

export type QueuePage = { rows: QueueRow[]; pageSize: number; next?: string; previous?: string };

/** One page of the table, after or before a cursor (keyset: no page costs more than the first). */
export async function queuePage(actor: Actor, f: QueueFilter, now: Date): Promise<QueuePage> {
  const scope = queueScope(actor);
  const back = !f.after && !!f.before;
  const cursor = f.after ?? f.before;
  const where = [scopeSql(scope), queueWhereSql(f, now, [], actor.userId)];
  if (cursor) where.push(keysetSql(f.sort, cursor, back, scope));
  const picked = sql`SELECT ${COLUMNS} FROM "WorkOrder" w WHERE ${join(where, " AND ")}
    ORDER BY ${orderSql(f.sort, back)} LIMIT ${QUEUE_PAGE_SIZE + 1}`;
  const fetched = await rowsOf(picked, orderSql(f.sort, back), f);
  const more = fetched.length > QUEUE_PAGE_SIZE;
  const rows = fetched.slice(0, QUEUE_PAGE_SIZE);
  if (back) rows.reverse();
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  if (back) return { rows, pageSize: QUEUE_PAGE_SIZE, previous: more ? first : undefined, next: last };
  return { rows, pageSize: QUEUE_PAGE_SIZE, next: more ? last : undefined, previous: cursor ? first : undefined };
}

/** The board: open columns, each capped at BOARD_COLUMN_CAP; the table shows the rest. */
export async function queueBoard(actor: Actor, f: QueueFilter, now: Date) {
  const base = sql`${scopeSql(queueScope(actor))} AND ${queueWhereSql(f, now, [], actor.userId)}`;
  const columns = QUEUE_OPEN_STATUSES.map(
    (s) => sql`(SELECT ${COLUMNS} FROM "WorkOrder" w WHERE ${base} AND w.status = ${raw(`'${s}'`)}
      ORDER BY ${orderSql(f.sort)} LIMIT ${BOARD_COLUMN_CAP})`,
  );
  const cards = await rowsOf(join(columns, " UNION ALL "), orderSql(f.sort), f);
  return QUEUE_OPEN_STATUSES.map((status) => ({ status, cards: cards.filter((c) => c.status === status) }));
}

/** How many rows a condition matches, counted up to COUNT_CAP + 1 ("1,000+") and no further. */
const capped = (where: Prisma.Sql) =>
  sql`(SELECT count(*)::int FROM (SELECT 1 FROM "WorkOrder" w WHERE ${where} LIMIT ${COUNT_CAP + 1}) s)`;

/** The capped count for each value of a column, in order: one subquery planned once, run per value. */
const cappedEach = (where: Prisma.Sql, column: "status" | "priority", values: readonly string[]) => {
  const type = raw(column === "status" ? `"WorkOrderStatus"` : `"Priority"`);
  return sql`ARRAY(SELECT ${capped(sql`${where} AND w.${raw(column)} = v.value`)}
    FROM unnest(ARRAY[${raw(values.map((v) => `'${v}'`).join(", "))}]::${type}[]) WITH ORDINALITY AS v(value, i) ORDER BY v.i)`;
};

/**
 * Counts beside each option, in one statement: a status's count is what the current filters would
 * show with that status chosen (likewise priority); a saved view's count is the view on its own,
 * within scope; `total` is the current filter's. Each is capped at COUNT_CAP + 1.
 */
export async function queueCounts(actor: Actor, f: QueueFilter, now: Date): Promise<QueueCounts> {
  const scope = scopeSql(queueScope(actor));
  const without = (omit: Facet[]) => sql`${scope} AND ${queueWhereSql(f, now, omit, actor.userId)}`;
  const noStatus = without(["status"]);
  const [row] = await db().$queryRaw<
    { total: number; open: number; all: number; statuses: number[]; priorities: number[] }[]
  >(sql`${preparedUnlessSearch(f)}
    SELECT ${capped(without([]))} AS total, ${capped(sql`${noStatus} AND ${OPEN_SQL}`)} AS open, ${capped(noStatus)} AS "all",
      ${cappedEach(noStatus, "status", ALL_STATUSES)} AS statuses,
      ${cappedEach(without(["priority"]), "priority", PRIORITIES)} AS priorities,
      ${join(
        SAVED_VIEWS.map(
          (v) => sql`${capped(sql`${scope} AND ${savedViewSql(v, now, actor.userId)}`)} AS ${raw(`"${v}"`)}`,
        ),
        ", ",
      )}`);
  const saved = row as unknown as Record<SavedView, number>;
  return {
    total: row.total,
    open: row.open,
    all: row.all,
    status: Object.fromEntries(ALL_STATUSES.map((s, i) => [s, row.statuses[i]])),
    priority: Object.fromEntries(PRIORITIES.map((p, i) => [p, row.priorities[i]])),
    saved: Object.fromEntries(SAVED_VIEWS.map((v) => [v, saved[v]])) as Record<SavedView, number>,
  };
}

/** The choices for the filter selects, within scope. */
export async function queueOptions(actor: Actor) {
  const [properties, categories, vendors, people] = await Promise.all([
    db().property.findMany({
      where: { orgId: actor.orgId, ...(actor.role === "ADMIN" ? {} : { id: { in: actor.propertyIds } }) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().category.findMany({
      where: { orgId: actor.orgId },
      select: { id: true, name: true },
      orderBy: { sortOrder: "asc" },
    }),
    db().vendor.findMany({
      where: { orgId: actor.orgId, active: true },
      select: { id: true, company: true },
      orderBy: { company: "asc" },
    }),
    // Who can be responsible for work in scope: the admins and the managers of these properties.
    db().user.findMany({
      where: responsibleWhere(actor.orgId, actor.role === "ADMIN" ? undefined : actor.propertyIds),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { properties, categories, vendors, people };
}
