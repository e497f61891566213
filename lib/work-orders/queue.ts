// The manager queue's reads: always scopeFor(actor) AND the filter, so a manager's rows, counts and
// search never reach another manager's properties.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { failedMessageCounts } from "@/lib/work-orders/failed-messages";
import type { Prisma } from "@/lib/db/generated/client";
import {
  QUEUE_PAGE_SIZE,
  SAVED_VIEWS,
  queueOrderBy,
  queueWhere as pureWhere,
  savedViewWhere,
  type QueueFilter,
  type SavedView,
  type SearchHits,
} from "@/lib/work-orders/queue-filter";
import { responsibleWhere } from "@/lib/work-orders/responsible";
import { scopeFor } from "@/lib/work-orders/scope";
import { QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";
import type { QueueCounts, QueueRow } from "@/lib/work-orders/queue-types";

export const BOARD_COLUMN_CAP = 20;

const rowSelect = {
  id: true,
  trackingNumber: true,
  version: true,
  status: true,
  priority: true,
  description: true,
  createdAt: true,
  holdReason: true,
  holdNote: true,
  firstResponseAt: true,
  completedAt: true,
  responseDueAt: true,
  responseAtRiskAt: true,
  resolutionDueAt: true,
  resolutionAtRiskAt: true,
  nextDueAt: true,
  rescheduleRequestedAt: true,
  reporterName: true,
  reporter: { select: { name: true } },
  category: { select: { name: true } },
  unit: { select: { label: true } },
  property: { select: { name: true } },
  vendor: { select: { company: true } },
  responsible: { select: { name: true } },
  // Since when the owner has had the estimate (it was added or last changed then): "waiting 3 days".
  estimates: {
    where: { status: "PENDING", tokens: { some: { purpose: "OWNER_APPROVAL" } } },
    select: { updatedAt: true },
    orderBy: { updatedAt: "asc" },
    take: 1,
  },
} satisfies Prisma.WorkOrderSelect;

/** Rows with how many of their messages failed every try; typed as the view (checked against the select). */
async function withFailed(rows: Omit<QueueRow, "failedMessages">[]): Promise<QueueRow[]> {
  const counts = await failedMessageCounts(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, failedMessages: counts.get(r.id) ?? 0 }));
}

const scoped = (actor: Actor, where: Prisma.WorkOrderWhereInput): Prisma.WorkOrderWhereInput => ({
  AND: [scopeFor(actor), where],
});
const HIT_CAP = 1000;

/** Units (within the actor's properties) and people (in the org) whose label or name matches. */
async function searchHits(actor: Actor, q: string | undefined): Promise<SearchHits | undefined> {
  if (!q) return undefined;
  const like = { contains: q.trim(), mode: "insensitive" } as const;
  const [units, users] = await Promise.all([
    db().unit.findMany({
      where: {
        label: like,
        property: { orgId: actor.orgId, ...(actor.role === "ADMIN" ? {} : { id: { in: actor.propertyIds } }) },
      },
      select: { id: true },
      take: HIT_CAP,
    }),
    db().user.findMany({ where: { orgId: actor.orgId, name: like }, select: { id: true }, take: HIT_CAP }),
  ]);
  return { unitIds: units.map((u) => u.id), reporterIds: users.map((u) => u.id) };
}

/** The filter's where with search hits resolved first (see searchWhere in queue-filter.ts). */
async function whereFor(actor: Actor, f: QueueFilter, now: Date, omit: Parameters<typeof pureWhere>[2] = []) {
  return pureWhere(f, now, omit, await searchHits(actor, f.q), actor.userId);
}

/** One page of the table. */
export async function queuePage(actor: Actor, f: QueueFilter, now: Date) {
  const where = scoped(actor, await whereFor(actor, f, now));
  const [rows, total] = await Promise.all([
    db().workOrder.findMany({
      where,
      select: rowSelect,
      orderBy: queueOrderBy(f.sort),
      skip: (f.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
    }),
    db().workOrder.count({ where }),
  ]);
  return { rows: await withFailed(rows), total, page: f.page, pageSize: QUEUE_PAGE_SIZE };
}

/** The board: open columns, each capped; the table shows the rest. */
export async function queueBoard(actor: Actor, f: QueueFilter, now: Date) {
  const base = await whereFor(actor, f, now);
  return Promise.all(
    QUEUE_OPEN_STATUSES.map(async (status) => {
      const where = scoped(actor, { AND: [base, { status }] });
      const [cards, total] = await Promise.all([
        db().workOrder.findMany({ where, select: rowSelect, orderBy: queueOrderBy(f.sort), take: BOARD_COLUMN_CAP }),
        db().workOrder.count({ where }),
      ]);
      return { status, cards: await withFailed(cards), total };
    }),
  );
}

/**
 * Counts beside each option: a status's count is what the current filters would show with that
 * status chosen (likewise priority); a saved view's count is the view on its own, within scope.
 */
export async function queueCounts(actor: Actor, f: QueueFilter, now: Date): Promise<QueueCounts> {
  const hits = await searchHits(actor, f.q);
  const [byStatus, byPriority, ...saved] = await Promise.all([
    db().workOrder.groupBy({
      by: ["status"],
      where: scoped(actor, pureWhere(f, now, ["status"], hits, actor.userId)),
      _count: { _all: true },
    }),
    db().workOrder.groupBy({
      by: ["priority"],
      where: scoped(actor, pureWhere(f, now, ["priority"], hits, actor.userId)),
      _count: { _all: true },
    }),
    ...SAVED_VIEWS.map((v) => db().workOrder.count({ where: scoped(actor, savedViewWhere(v, now, actor.userId)) })),
  ]);
  return {
    status: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])),
    priority: Object.fromEntries(byPriority.map((g) => [g.priority, g._count._all])),
    saved: Object.fromEntries(SAVED_VIEWS.map((v, i) => [v, saved[i]])) as Record<SavedView, number>,
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
