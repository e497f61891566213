// A vendor's (or technician's) record from their own jobs (issue 8, DESIGN.md §5): how fast they
// accept, whether they arrive in the booked window, how long the work takes, how often the tenant
// has to call them back, and the tenants' ratings. Pure and table-tested; the queries gather rows.
import { msg, type Msg } from "@/lib/i18n/translate";
import { ASSIGNED_STATUSES } from "@/lib/work-orders/transitions";

export type JobRecord = {
  status: string;
  assignedAt: Date | null;
  acceptedAt: Date | null;
  windowEnd: Date | null;
  arrivedAt: Date | null;
  completedAt: Date | null;
  rating: number | null;
  callbacks: number; // reopened after completion ("not fixed") or after closing (a callback)
};

export type Scorecard = {
  jobs: number;
  medianResponseHours: number | null; // assignment to acceptance
  onTimeRate: number | null; // arrived by the end of the booked window
  medianCompletionHours: number | null; // assignment to completion
  completionRate: number | null; // of the jobs no longer open, how many were completed (not taken away)
  callbackRate: number | null; // of the completed jobs, how many came back
  averageRating: number | null;
};

const OPEN = new Set<string>(ASSIGNED_STATUSES);
const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const rate = (hits: number, of: number) => (of ? hits / of : null);

export function scorecard(rows: JobRecord[]): Scorecard {
  const responded = rows.filter((r) => r.assignedAt && r.acceptedAt && r.acceptedAt >= r.assignedAt);
  const windowed = rows.filter((r) => r.windowEnd && r.arrivedAt);
  const completed = rows.filter((r) => r.completedAt);
  const finished = rows.filter((r) => !OPEN.has(r.status));
  const ratings = rows.map((r) => r.rating).filter((r): r is number => r !== null);
  return {
    jobs: rows.length,
    medianResponseHours: median(responded.map((r) => hours(r.assignedAt!, r.acceptedAt!))),
    onTimeRate: rate(windowed.filter((r) => r.arrivedAt! <= r.windowEnd!).length, windowed.length),
    medianCompletionHours: median(
      completed
        .filter((r) => r.assignedAt && r.completedAt! >= r.assignedAt)
        .map((r) => hours(r.assignedAt!, r.completedAt!)),
    ),
    completionRate: rate(finished.filter((r) => r.completedAt).length, finished.length),
    // A reopened job is open again (its completion cleared) but was completed once: it counts.
    callbackRate: rate(
      rows.filter((r) => r.callbacks > 0).length,
      rows.filter((r) => r.completedAt || r.callbacks > 0).length,
    ),
    averageRating: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
  };
}

/** "about 3 h", "under an hour", "2.5 days": a duration for a person, as a message key. */
export function humanHours(h: number): Msg {
  if (h < 1) return "scorecard.underHour";
  if (h < 48) return msg("scorecard.aboutHours", { h: Math.round(h) });
  return msg("scorecard.days", { d: (h / 24).toFixed(1) });
}
