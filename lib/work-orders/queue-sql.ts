// The manager queue's questions as SQL (issue 19): one statement per page, one for every count.
// Pure: no database, `now` passed in, so the unit test reads the text and the db test checks every
// filter against the rows. Written so the planner finds the indexes of the queue_search_and_indexes
// migration: the open statuses as the same literal list as the partial indexes' predicate, search
// on the one trigram-indexed searchText column, sorts that end on the id.
import { Prisma } from "@/lib/db/generated/client";
import { utc } from "@/lib/db/utc";
import { PRIORITIES, type QueueFilter, type QueueSort, type SavedView } from "@/lib/work-orders/queue-filter";
import { ALL_STATUSES, QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";

type Sql = Prisma.Sql;
const { sql, join, raw, empty } = Prisma;

/** Who is asking: an organisation and, for a manager, the properties they look after. */
export type QueueScope = { orgId: string; propertyIds?: string[]; me?: string };

// Literals, not parameters: a partial index's predicate is proved only against constants.
export const OPEN_SQL = raw(`w.status IN (${QUEUE_OPEN_STATUSES.map((s) => `'${s}'`).join(", ")})`);
// Matches nothing: a filter about "me" without a viewer (no one is "me").
const NOBODY = "__nobody__";

const and = (parts: Sql[]): Sql => (parts.length ? join(parts, " AND ") : sql`TRUE`);

export function scopeSql(s: QueueScope, alias = "w"): Sql {
  const a = raw(alias);
  if (!s.propertyIds) return sql`${a}."orgId" = ${s.orgId}`;
  if (s.propertyIds.length === 0) return sql`FALSE`;
  return sql`${a}."orgId" = ${s.orgId} AND ${a}."propertyId" IN (${join(s.propertyIds)})`;
}

/**
 * Open work whose next move is staff's (issue 18): new work nobody has taken on, a tenant's
 * reschedule request, completed work to check and close, and an estimate awaiting a decision —
 * but nothing on hold for the owner's answer, which is theirs.
 */
const NEEDS_STAFF = sql`${OPEN_SQL} AND (w.status = 'NEW' OR w."rescheduleRequestedAt" IS NOT NULL OR w.status = 'COMPLETED'
  OR EXISTS (SELECT 1 FROM "CostEstimate" e WHERE e."workOrderId" = w.id AND e.status = 'PENDING'))
  AND (w."holdReason" IS NULL OR w."holdReason" <> 'WAITING_FOR_OWNER_APPROVAL')`;

/** What each saved view means (issue 4); `now` decides what is breached, `me` whose work is mine. */
export function savedViewSql(view: SavedView, now: Date, me?: string): Sql {
  switch (view) {
    case "mine": // "Waiting on me": I am responsible and the next move is staff's
      return sql`w."responsibleId" = ${me ?? NOBODY} AND ${NEEDS_STAFF}`;
    case "unassigned":
      return sql`w.status = 'NEW' AND w."vendorId" IS NULL AND w."technicianId" IS NULL`;
    case "emergencies":
      return sql`${OPEN_SQL} AND w.priority = 'EMERGENCY'`;
    case "breached": // nextDueAt is NULL once work is completed
      return sql`${OPEN_SQL} AND w."nextDueAt" <= ${utc(now)}`;
    case "waiting":
      return sql`${OPEN_SQL} AND ((w.status = 'NEW' AND w."firstResponseAt" IS NULL) OR w."rescheduleRequestedAt" IS NOT NULL OR w.status = 'COMPLETED')`;
    case "owner": // issue 7: on hold until the owner answers an estimate
      return sql`${OPEN_SQL} AND w."holdReason" = 'WAITING_FOR_OWNER_APPROVAL'`;
  }
}

/** `text` as a LIKE pattern matching it anywhere, its own % _ and \ taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Description, QR reporter, unit label and the reporter's name are one trigram-indexed column.
function searchSql(raw: string): Sql {
  const text = raw.trim();
  const like = sql`w."searchText" ILIKE ${containsPattern(text)}`;
  const n = /^#?\s*(\d{1,9})$/.exec(text);
  return n ? sql`(w."trackingNumber" = ${Number(n[1])} OR ${like})` : like;
}

export type Facet = "status" | "priority" | "saved";

/**
 * A status or priority written into the statement, not passed as a value: the queue's statements
 * are prepared by name (queue.ts), and one plan for every status would fit none of them (a page of
 * new work and a page of closed work, a few rows and most of the table, want different plans). Only
 * a value of the enum's own list is ever written.
 */
function enumLiteral(values: readonly string[], v: string): Sql {
  if (!values.includes(v)) throw new Error(`not a queue filter value: ${v}`);
  return raw(`'${v}'`);
}

/** The filter as SQL on alias `w`, without scope. `omit` drops a facet, for counting its options. */
export function queueWhereSql(f: QueueFilter, now: Date, omit: Facet[] = [], me?: string): Sql {
  const parts: Sql[] = [];
  const saved = f.saved && !omit.includes("saved");
  if (saved) parts.push(savedViewSql(f.saved!, now, me));
  if (!omit.includes("status")) {
    // Every saved view is open work already: said twice, the planner would count its odds twice.
    if (f.status === "OPEN") {
      if (!saved) parts.push(OPEN_SQL);
    } else if (f.status !== "ALL") parts.push(sql`w.status = ${enumLiteral(ALL_STATUSES, f.status)}`);
  }
  if (f.priority && !omit.includes("priority")) parts.push(sql`w.priority = ${enumLiteral(PRIORITIES, f.priority)}`);
  if (f.categoryId) parts.push(sql`w."categoryId" = ${f.categoryId}`);
  if (f.propertyId) parts.push(sql`w."propertyId" = ${f.propertyId}`);
  if (f.vendorId) parts.push(sql`w."vendorId" = ${f.vendorId}`);
  if (f.responsible === "none") parts.push(sql`w."responsibleId" IS NULL`);
  else if (f.responsible)
    parts.push(sql`w."responsibleId" = ${f.responsible === "me" ? (me ?? NOBODY) : f.responsible}`);
  if (f.onHold) parts.push(sql`w."holdReason" IS NOT NULL`);
  if (f.sla === "breached") parts.push(sql`w."nextDueAt" <= ${utc(now)}`);
  if (f.sla === "at-risk") parts.push(sql`w."nextAtRiskAt" <= ${utc(now)} AND w."nextDueAt" > ${utc(now)}`);
  if (f.olderThanDays) parts.push(sql`w."createdAt" < ${utc(new Date(now.getTime() - f.olderThanDays * 86_400_000))}`);
  if (f.q) parts.push(searchSql(f.q));
  const periodCol = f.periodClock === "completed" ? raw(`w."completedAt"`) : raw(`w."createdAt"`);
  if (f.createdFrom) parts.push(sql`${periodCol} >= ${utc(f.createdFrom)}`);
  if (f.createdTo) parts.push(sql`${periodCol} < ${utc(f.createdTo)}`);
  if (f.numbers) parts.push(sql`w."trackingNumber" IN (${join(f.numbers)})`);
  return and(parts);
}

// Each sort's keys; every sort ends on the id so paging is stable between equal keys. A nullable key
// sorts its NULLs last (work with no SLA clock running).
type Key = { col: string; desc?: boolean; nullable?: boolean };
const KEYS: Record<QueueSort, Key[]> = {
  newest: [
    { col: "createdAt", desc: true },
    { col: "id", desc: true },
  ],
  oldest: [{ col: "createdAt" }, { col: "id" }],
  priority: [{ col: "priority" }, { col: "nextDueAt", nullable: true }, { col: "id" }], // enum order: EMERGENCY first
  due: [{ col: "nextDueAt", nullable: true }, { col: "createdAt" }, { col: "id" }],
};

/** ORDER BY for a sort on alias `a`; `reverse` walks it backwards (the page before a cursor). */
export function orderSql(sort: QueueSort, reverse = false, alias = "w"): Sql {
  const terms = KEYS[sort].map((k) => {
    const desc = !!k.desc !== reverse;
    const nulls = k.nullable ? (reverse ? " NULLS FIRST" : " NULLS LAST") : "";
    return `${alias}."${k.col}" ${desc ? "DESC" : "ASC"}${nulls}`;
  });
  return raw(terms.join(", "));
}

/**
 * Rows after (or before) the cursor row in the sort's order: keyset paging, so page 200 costs what
 * page 1 does. The cursor is a work order's id; its keys are read in scope, so a foreign or missing
 * id gives an empty page, as a foreign record looks like a missing one everywhere.
 */
export function keysetSql(sort: QueueSort, cursorId: string, before: boolean, scope: QueueScope): Sql {
  const c = (col: string) =>
    sql`(SELECT c."${raw(col)}" FROM "WorkOrder" c WHERE c.id = ${cursorId} AND ${scopeSql(scope, "c")})`;
  const keys = KEYS[sort];
  // Keys that all run one way and are never NULL: one row comparison, which the index scan starts at.
  if (keys.every((k) => !k.nullable && !!k.desc === !!keys[0].desc)) {
    const cols = (a: string) => raw(keys.map((k) => `${a}."${k.col}"`).join(", "));
    const op = raw(!!keys[0].desc === before ? ">" : "<");
    return sql`(${cols("w")}) ${op} (SELECT ${cols("c")} FROM "WorkOrder" c WHERE c.id = ${cursorId} AND ${scopeSql(scope, "c")})`;
  }
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e) => {
      const col = raw(`w."${e.col}"`);
      return e.nullable ? sql`${col} IS NOT DISTINCT FROM ${c(e.col)}` : sql`${col} = ${c(e.col)}`;
    });
    const col = raw(`w."${k.col}"`);
    const greater = !!k.desc === before; // after an ascending key, or before a descending one
    let step: Sql;
    if (!k.nullable) step = greater ? sql`${col} > ${c(k.col)}` : sql`${col} < ${c(k.col)}`;
    // NULLs last: after a value come larger values and the NULLs; before a NULL, every value.
    else if (greater) step = sql`(${col} > ${c(k.col)} OR (${col} IS NULL AND ${c(k.col)} IS NOT NULL))`;
    else step = sql`(${col} < ${c(k.col)} OR (${col} IS NOT NULL AND ${c(k.col)} IS NULL))`;
    return and([...equal, step]);
  });
  // The first key's bound on its own as well, so the scan starts at the cursor instead of filtering.
  const first = keys[0];
  const bound = first.nullable
    ? empty
    : sql`w."${raw(first.col)}" ${raw(!!first.desc === before ? ">=" : "<=")} ${c(first.col)} AND `;
  return sql`${bound}(${join(branches, " OR ")})`;
}
