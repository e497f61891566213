// Who to send (DESIGN.md §5): vendors and in-house technicians ranked for one work order, each with
// the reasons a manager would weigh. Pure: candidates are gathered by vendor-candidates.ts.
// Order: assignable before blocked; spare capacity before fully booked; then preferred rank,
// booked at the same property today and spare capacity; past performance breaks ties.
import { msg, type Msg } from "@/lib/i18n/translate";
import { lapseLines } from "@/lib/work-orders/vendor-compliance";
import type { Locale } from "@/lib/i18n/locales";

export type Performance = {
  medianResponseHours: number | null;
  completionRate: number | null;
  averageRating: number | null;
  onTimeRate?: number | null;
  callbackRate?: number | null;
};

export type Candidate = Performance & {
  kind: "vendor" | "technician";
  id: string;
  name: string;
  active: boolean;
  categoryRank: number | null; // 1 = preferred for the category; null = not listed (technicians: null)
  insuranceExpiresAt: Date | null;
  licenceExpiresAt: Date | null;
  capacity: number | null; // open jobs at once; null = no limit recorded
  openJobs: number;
  bookedAtPropertyToday: boolean;
};

export type Suggestion = {
  kind: Candidate["kind"];
  id: string;
  name: string;
  score: number;
  /** Message keys with their slots (what blocks a vendor comes first, one line each). */
  reasons: (Msg | string)[];
  /** What blocks this name (lapsed papers, inactive), dated in the reader's language; null when nothing does. */
  blocked: Msg[] | null;
  /** Why this name is offered: preferred, backup or not listed for the category, or in-house. */
  fit: "preferred" | "backup" | "other" | "in-house";
  full: boolean;
  top: boolean;
};

const rankPoints = (c: Candidate) =>
  c.kind === "technician"
    ? 60
    : c.categoryRank === 1
      ? 100
      : c.categoryRank
        ? Math.max(40, 70 - 10 * c.categoryRank)
        : 10;

/** 0..1: better response, completion and rating; only compared when everything else is equal. */
export function performanceScore(p: Performance): number {
  const response = p.medianResponseHours === null ? 0.5 : 1 / (1 + p.medianResponseHours / 24);
  const completion = p.completionRate ?? 0.5;
  const rating = p.averageRating === null ? 0.5 : p.averageRating / 5;
  const onTime = p.onTimeRate ?? 0.5;
  const firstTime = p.callbackRate == null ? 0.5 : 1 - p.callbackRate;
  return (response + completion + rating + onTime + firstTime) / 5;
}

const fitOf = (c: Candidate): Suggestion["fit"] =>
  c.kind === "technician" ? "in-house" : c.categoryRank === 1 ? "preferred" : c.categoryRank ? "backup" : "other";
const FIT = {
  "in-house": "rank.inHouse",
  preferred: "rank.preferred",
  backup: "rank.backup",
  other: "rank.notListed",
} as const;

function reasonsFor(c: Candidate, category: string, property: string, full: boolean): Msg[] {
  const pct = (rate: number) => Math.round(rate * 100);
  const r: Msg[] = [msg(FIT[fitOf(c)], { category })];
  if (c.bookedAtPropertyToday) r.push(msg("rank.bookedHere", { property }));
  const jobs = { n: c.openJobs, ...(c.capacity === null ? {} : { capacity: c.capacity }) };
  const jobsKey = c.capacity === null ? "rank.jobsOpen" : "rank.jobsOf";
  r.push(full ? msg(`${jobsKey}Full`, jobs) : msg(jobsKey, jobs));
  if (c.medianResponseHours !== null)
    r.push(
      c.medianResponseHours < 1 ? "rank.respondsFast" : msg("rank.responds", { h: Math.round(c.medianResponseHours) }),
    );
  if (c.completionRate !== null) r.push(msg("rank.completed", { pct: pct(c.completionRate) }));
  if (c.onTimeRate != null) r.push(msg("rank.onTime", { pct: pct(c.onTimeRate) }));
  if (c.callbackRate != null && c.callbackRate > 0) r.push(msg("rank.calledBack", { pct: pct(c.callbackRate) }));
  if (c.averageRating !== null) r.push(msg("rank.rated", { rating: c.averageRating.toFixed(1) }));
  return r;
}

export function rankVendors({
  candidates,
  category,
  property,
  now,
  timeZone = "UTC",
  locale = "en",
}: {
  candidates: Candidate[];
  category: string;
  property: string;
  now: Date;
  timeZone?: string;
  /** The reader's language, for the dates in what blocks a vendor. */
  locale?: Locale;
}): Suggestion[] {
  const rows = candidates.map((c) => {
    const problems =
      c.kind === "vendor"
        ? lapseLines(
            { active: c.active, insuranceExpiresAt: c.insuranceExpiresAt, licenceExpiresAt: c.licenceExpiresAt },
            now,
            timeZone,
            locale,
          )
        : c.active
          ? []
          : [msg("vendorLapse.inactive")];
    const blocked = problems.length ? problems : null;
    const full = c.capacity !== null && c.openJobs >= c.capacity;
    const spare = c.capacity ? Math.max(0, c.capacity - c.openJobs) / c.capacity : 0.5;
    const score = rankPoints(c) + (c.bookedAtPropertyToday ? 25 : 0) + Math.round(spare * 20);
    const reasons = reasonsFor(c, category, property, full);
    return { c, blocked, full, score, perf: performanceScore(c), reasons };
  });
  rows.sort(
    (a, b) =>
      Number(!!a.blocked) - Number(!!b.blocked) ||
      Number(a.full) - Number(b.full) ||
      b.score - a.score ||
      b.perf - a.perf ||
      a.c.name.localeCompare(b.c.name),
  );
  return rows.map((r, i) => ({
    kind: r.c.kind,
    id: r.c.id,
    name: r.c.name,
    score: r.score,
    reasons: r.blocked ? [...r.blocked, ...r.reasons] : r.reasons,
    blocked: r.blocked,
    fit: fitOf(r.c),
    full: r.full,
    top: i === 0 && !r.blocked && !r.full,
  }));
}
