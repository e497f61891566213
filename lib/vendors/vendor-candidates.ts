// Gathers what rank-vendors weighs, from the organisation's own records: each vendor's rank for
// the category, compliance dates and capacity; open jobs; visits booked at the property today;
// and the last year's work (the scorecard: response, on-time arrival, completion, callbacks, ratings).
// Technicians likewise.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { zonedToUtc } from "@/lib/time";
import type { Prisma } from "@/lib/db/generated/client";
import { SCORECARD_SELECT } from "@/lib/vendors/vendor-scorecard";
import { scorecard } from "@/lib/vendors/scorecard";
import type { Candidate, Performance } from "@/lib/work-orders/rank-vendors";
import { ASSIGNED_STATUSES } from "@/lib/work-orders/transitions";

const OPEN = ASSIGNED_STATUSES;

/** Start and end of `now`'s day in the organisation's time zone. */
export function dayBounds(now: Date, timeZone: string): [Date, Date] {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    now,
  );
  const start = zonedToUtc(`${day}T00:00`, timeZone)!;
  const next = new Date(start.getTime() + 36 * 3_600_000); // past any DST change, then back to midnight
  const nextDay = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(next);
  return [start, zonedToUtc(`${nextDay}T00:00`, timeZone)!];
}

/** The last year's jobs of each assignee, as scorecard rows (callbacks counted from the timeline). */
const PAST_SELECT = { vendorId: true, technicianId: true, ...SCORECARD_SELECT } satisfies Prisma.WorkOrderSelect;

function performance(
  rows: {
    status: string;
    assignedAt: Date | null;
    acceptedAt: Date | null;
    windowEnd: Date | null;
    arrivedAt: Date | null;
    completedAt: Date | null;
    rating: number | null;
    _count: { events: number };
  }[],
): Performance {
  const s = scorecard(rows.map((r) => ({ ...r, callbacks: r._count.events })));
  return {
    medianResponseHours: s.medianResponseHours,
    completionRate: s.completionRate,
    averageRating: s.averageRating,
    onTimeRate: s.onTimeRate,
    callbackRate: s.callbackRate,
  };
}

export async function vendorCandidates(
  actor: Actor,
  wo: { id: string; propertyId: string; categoryId: string },
  now: Date,
  timeZone: string,
): Promise<Candidate[]> {
  const orgId = actor.orgId;
  const [from, to] = dayBounds(now, timeZone);
  const [vendors, techs, open, today, past] = await Promise.all([
    db().vendor.findMany({
      where: { orgId, active: true },
      include: { categories: { where: { categoryId: wo.categoryId } } },
      orderBy: { company: "asc" },
    }),
    db().user.findMany({ where: { orgId, role: "TECHNICIAN", disabledAt: null }, select: { id: true, name: true } }),
    db().workOrder.findMany({
      where: { orgId, status: { in: [...OPEN] }, id: { not: wo.id } },
      select: { vendorId: true, technicianId: true },
    }),
    db().workOrder.findMany({
      where: {
        orgId,
        propertyId: wo.propertyId,
        status: { in: [...OPEN] },
        windowStart: { lt: to },
        windowEnd: { gt: from },
      },
      select: { vendorId: true, technicianId: true },
    }),
    db().workOrder.findMany({
      where: {
        orgId,
        createdAt: { gte: new Date(now.getTime() - 365 * 86_400_000) },
        OR: [{ vendorId: { not: null } }, { technicianId: { not: null } }],
        status: { not: "NEW" },
      },
      select: PAST_SELECT,
    }),
  ]);
  const forWho = (id: string) => (r: { vendorId: string | null; technicianId: string | null }) =>
    r.vendorId === id || r.technicianId === id;
  const common = (id: string) => ({
    openJobs: open.filter(forWho(id)).length,
    bookedAtPropertyToday: today.some(forWho(id)),
    ...performance(past.filter(forWho(id))),
  });
  return [
    ...vendors.map((v): Candidate => ({
      kind: "vendor",
      id: v.id,
      name: v.company,
      active: v.active,
      categoryRank: v.categories[0]?.rank ?? null,
      insuranceExpiresAt: v.insuranceExpiresAt,
      licenceExpiresAt: v.licenceExpiresAt,
      capacity: v.capacity,
      ...common(v.id),
    })),
    ...techs.map((t): Candidate => ({
      kind: "technician",
      id: t.id,
      name: t.name,
      active: true,
      categoryRank: null,
      insuranceExpiresAt: null,
      licenceExpiresAt: null,
      capacity: null,
      ...common(t.id),
    })),
  ];
}
