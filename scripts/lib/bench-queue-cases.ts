// The questions the queue bench times (scripts/bench-queue.ts): each through the app's own function,
// and the same question written by hand in SQL with its values inlined (the floor): the same rows,
// the same names beside them, the same badges.
import type pg from "pg";
import type { Actor } from "@/lib/auth/session";

export type BenchActor = Actor;
export type QueueCase = { label: string; app: () => Promise<unknown>; raw: string };

const OPEN = `w.status IN ('NEW', 'ASSIGNED', 'SCHEDULED', 'COMPLETED')`;
const NOW = `(now() AT TIME ZONE 'UTC')`;
const NEWEST = `w."createdAt" DESC, w.id DESC`;
const DUE = `w."nextDueAt" ASC NULLS LAST, w."createdAt" ASC, w.id ASC`;

const COLS = `w.id, w."trackingNumber", w.version, w.status, w.priority, w.description, w."createdAt", w."holdReason",
  w."holdNote", w."firstResponseAt", w."completedAt", w."responseDueAt", w."responseAtRiskAt", w."resolutionDueAt",
  w."resolutionAtRiskAt", w."nextDueAt", w."rescheduleRequestedAt", w."reporterName", w."categoryId", w."unitId",
  w."propertyId", w."vendorId", w."responsibleId", w."reporterId"`;

/** One page by hand: 51 rows (one more says there is a next page), with names and badges. */
const page = (where: string, order: string) =>
  rowsOf(`SELECT ${COLS} FROM "WorkOrder" w WHERE ${where} ORDER BY ${order} LIMIT 51`, order);

/** The picked rows with what the table shows beside them. */
const rowsOf = (picked: string, order: string) => `
  SELECT w.*, rep.name AS "reporterUser", cat.name AS "categoryName", u.label AS "unitLabel", p.name AS "propertyName",
    v.company AS "vendorCompany", r.name AS "responsibleName",
    (SELECT min(e."updatedAt") FROM "CostEstimate" e WHERE e."workOrderId" = w.id AND e.status = 'PENDING'
       AND EXISTS (SELECT 1 FROM "ActionToken" t WHERE t."estimateId" = e.id AND t.purpose = 'OWNER_APPROVAL')) AS "ownerAskedAt",
    (SELECT count(*)::int FROM "OutboxMessage" o WHERE o."workOrderId" = w.id AND o.status = 'FAILED') AS failed
  FROM (${picked}) w
  JOIN "Category" cat ON cat.id = w."categoryId" JOIN "Unit" u ON u.id = w."unitId" JOIN "Property" p ON p.id = w."propertyId"
  LEFT JOIN "Vendor" v ON v.id = w."vendorId" LEFT JOIN "User" r ON r.id = w."responsibleId"
  LEFT JOIN "User" rep ON rep.id = w."reporterId"
  ORDER BY ${order}`;

export async function queueCases(actor: Actor, sql: pg.Client): Promise<QueueCase[]> {
  const { queueBoard, queueCounts, queuePage } = await import("@/lib/work-orders/queue");
  const { parseQueueFilter } = await import("@/lib/work-orders/queue-filter");
  const scope = `w."orgId" = '${actor.orgId}' AND w."propertyId" IN (${actor.propertyIds.map((p) => `'${p}'`).join(", ")})`;
  const appPage =
    (params: Record<string, string>, extra: { after?: string } = {}) =>
    () =>
      queuePage(actor, { ...parseQueueFilter(params), ...extra }, new Date());
  // The cursor 1,000 rows down the open list, newest first: the 21st page.
  const deep = (
    await sql.query<{ id: string; at: string }>(
      `SELECT id, to_char("createdAt", 'YYYY-MM-DD HH24:MI:SS.MS') AS at FROM "WorkOrder" w WHERE ${scope} AND ${OPEN}
       ORDER BY ${NEWEST} OFFSET 999 LIMIT 1`,
    )
  ).rows[0];
  const someProperty = actor.propertyIds[0];
  const capped = (where: string) => `(SELECT count(*) FROM (SELECT 1 FROM "WorkOrder" w WHERE ${where} LIMIT 1001) s)`;
  const needsStaff = `${OPEN} AND (w.status = 'NEW' OR w."rescheduleRequestedAt" IS NOT NULL OR w.status = 'COMPLETED'
    OR EXISTS (SELECT 1 FROM "CostEstimate" e WHERE e."workOrderId" = w.id AND e.status = 'PENDING'))
    AND (w."holdReason" IS NULL OR w."holdReason" <> 'WAITING_FOR_OWNER_APPROVAL')`;
  const waiting = `${OPEN} AND ((w.status = 'NEW' AND w."firstResponseAt" IS NULL) OR w."rescheduleRequestedAt" IS NOT NULL OR w.status = 'COMPLETED')`;
  const views = [
    `w."responsibleId" = '${actor.userId}' AND ${needsStaff}`,
    `w.status = 'NEW' AND w."vendorId" IS NULL AND w."technicianId" IS NULL`,
    `${OPEN} AND w.priority = 'EMERGENCY'`,
    `${OPEN} AND w."nextDueAt" <= ${NOW}`,
    waiting,
    `${OPEN} AND w."holdReason" = 'WAITING_FOR_OWNER_APPROVAL'`,
  ];
  const statuses = ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED"];
  // Status and priority counts: one capped subquery each, run once per value.
  const each = (where: string, col: string, type: string, values: string[]) =>
    `ARRAY(SELECT ${capped(`${where} AND w.${col} = v.value`)} FROM unnest(ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::"${type}"[])
      WITH ORDINALITY AS v(value, i) ORDER BY v.i)`;
  const counts = `SELECT ${[
    capped(`${scope} AND ${OPEN}`),
    capped(`${scope} AND ${OPEN}`),
    capped(scope),
    each(scope, "status", "WorkOrderStatus", statuses),
    each(`${scope} AND ${OPEN}`, "priority", "Priority", ["EMERGENCY", "URGENT", "ROUTINE", "LOW"]),
    ...views.map((v) => capped(`${scope} AND ${v}`)),
  ].join(", ")}`;
  const board = rowsOf(
    ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"]
      .map(
        (s) => `(SELECT ${COLS} FROM "WorkOrder" w WHERE ${scope} AND w.status = '${s}' ORDER BY ${NEWEST} LIMIT 20)`,
      )
      .join(" UNION ALL "),
    NEWEST,
  );

  return [
    { label: "open, newest, page 1", app: appPage({}), raw: page(`${scope} AND ${OPEN}`, NEWEST) },
    {
      label: "open, 21st page (after 1,000 rows)",
      app: appPage({}, { after: deep.id }),
      raw: page(`${scope} AND ${OPEN} AND (w."createdAt", w.id) < ('${deep.at}', '${deep.id}')`, NEWEST),
    },
    {
      label: "saved view: Breached",
      app: appPage({ saved: "breached", sort: "due" }),
      raw: page(`${scope} AND ${OPEN} AND w."nextDueAt" <= ${NOW}`, DUE),
    },
    {
      label: "saved view: Waiting on us",
      app: appPage({ saved: "waiting" }),
      raw: page(`${scope} AND ${waiting}`, NEWEST),
    },
    {
      label: "saved view: Waiting on me",
      app: appPage({ saved: "mine" }),
      raw: page(`${scope} AND ${views[0]}`, NEWEST),
    },
    {
      label: "search text, rare words, any status",
      app: appPage({ status: "ALL", q: "(ref 4242)" }),
      raw: page(`${scope} AND w."searchText" ILIKE '%(ref 4242)%'`, NEWEST),
    },
    {
      label: "search text in 10% of rows",
      app: appPage({ status: "ALL", q: "radiator" }),
      raw: page(`${scope} AND w."searchText" ILIKE '%radiator%'`, NEWEST),
    },
    {
      label: "search a unit label",
      app: appPage({ q: "2B" }),
      raw: page(`${scope} AND ${OPEN} AND w."searchText" ILIKE '%2B%'`, NEWEST),
    },
    {
      label: "search #tracking number",
      app: appPage({ status: "ALL", q: "#5000" }),
      raw: page(`${scope} AND (w."trackingNumber" = 5000 OR w."searchText" ILIKE '%#5000%')`, NEWEST),
    },
    {
      label: "property + priority",
      app: appPage({ property: someProperty, priority: "URGENT" }),
      raw: page(`${scope} AND ${OPEN} AND w.priority = 'URGENT' AND w."propertyId" = '${someProperty}'`, NEWEST),
    },
    { label: "sort by next due", app: appPage({ sort: "due" }), raw: page(`${scope} AND ${OPEN}`, DUE) },
    {
      label: "SLA at risk",
      app: appPage({ sla: "at-risk", sort: "due" }),
      raw: page(`${scope} AND ${OPEN} AND w."nextAtRiskAt" <= ${NOW} AND w."nextDueAt" > ${NOW}`, DUE),
    },
    {
      label: "counts (every option, capped)",
      app: () => queueCounts(actor, parseQueueFilter({}), new Date()),
      raw: counts,
    },
    {
      label: "board (4 columns of 20)",
      app: () => queueBoard(actor, parseQueueFilter({ view: "board" }), new Date()),
      raw: board,
    },
  ];
}
