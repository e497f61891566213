// Gathers what rank-vendors weighs, from the organisation's own records: each vendor's rank for
// the category, compliance dates and capacity; open jobs; visits booked at the property today;
// and the last year's work (response time, completion rate, ratings). Technicians likewise.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { zonedToUtc } from "@/lib/time";
import type { Candidate, Performance } from "./rank-vendors";

const OPEN = ["ASSIGNED", "SCHEDULED"] as const;

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Start and end of `now`'s day in the organisation's time zone. */
export function dayBounds(now: Date, timeZone: string): [Date, Date] {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const start = zonedToUtc(`${day}T00:00`, timeZone)!;
  const next = new Date(start.getTime() + 36 * 3_600_000); // past any DST change, then back to midnight
  const nextDay = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(next);
  return [start, zonedToUtc(`${nextDay}T00:00`, timeZone)!];
}

type Past = { status: string; createdAt: Date; firstResponseAt: Date | null; completedAt: Date | null; rating: number | null };

function performance(rows: Past[]): Performance {
  const finished = rows.filter((r) => !OPEN.includes(r.status as (typeof OPEN)[number]));
  const ratings = rows.map((r) => r.rating).filter((r): r is number => r !== null);
  return {
    medianResponseHours: median(rows.filter((r) => r.firstResponseAt).map((r) => (r.firstResponseAt!.getTime() - r.createdAt.getTime()) / 3_600_000)),
    completionRate: finished.length ? finished.filter((r) => r.completedAt).length / finished.length : null,
    averageRating: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
  };
}

export async function vendorCandidates(actor: Actor, wo: { id: string; propertyId: string; categoryId: string }, now: Date, timeZone: string): Promise<Candidate[]> {
  const orgId = actor.orgId;
  const [from, to] = dayBounds(now, timeZone);
  const [vendors, techs, open, today, past] = await Promise.all([
    db().vendor.findMany({ where: { orgId, active: true }, include: { categories: { where: { categoryId: wo.categoryId } } }, orderBy: { company: "asc" } }),
    db().user.findMany({ where: { orgId, role: "TECHNICIAN", disabledAt: null }, select: { id: true, name: true } }),
    db().workOrder.findMany({ where: { orgId, status: { in: [...OPEN] }, id: { not: wo.id } }, select: { vendorId: true, technicianId: true } }),
    db().workOrder.findMany({ where: { orgId, propertyId: wo.propertyId, status: { in: [...OPEN] }, windowStart: { lt: to }, windowEnd: { gt: from } }, select: { vendorId: true, technicianId: true } }),
    db().workOrder.findMany({
      where: { orgId, createdAt: { gte: new Date(now.getTime() - 365 * 86_400_000) }, OR: [{ vendorId: { not: null } }, { technicianId: { not: null } }], status: { not: "NEW" } },
      select: { vendorId: true, technicianId: true, status: true, createdAt: true, firstResponseAt: true, completedAt: true, rating: true },
    }),
  ]);
  const forWho = (id: string) => (r: { vendorId: string | null; technicianId: string | null }) => r.vendorId === id || r.technicianId === id;
  const common = (id: string) => ({
    openJobs: open.filter(forWho(id)).length,
    bookedAtPropertyToday: today.some(forWho(id)),
    ...performance(past.filter(forWho(id))),
  });
  return [
    ...vendors.map((v): Candidate => ({
      kind: "vendor", id: v.id, name: v.company, active: v.active, categoryRank: v.categories[0]?.rank ?? null,
      insuranceExpiresAt: v.insuranceExpiresAt, licenceExpiresAt: v.licenceExpiresAt, capacity: v.capacity, ...common(v.id),
    })),
    ...techs.map((t): Candidate => ({
      kind: "technician", id: t.id, name: t.name, active: true, categoryRank: null, insuranceExpiresAt: null, licenceExpiresAt: null, capacity: null, ...common(t.id),
    })),
  ];
}
