// Pure: whether a vendor may take a job now, and how their papers look at a glance. Takes `now`.
export type VendorPapers = {
  active: boolean;
  capacity: number;
  insuranceExpiresAt: Date | null;
  licenceExpiresAt: Date | null;
};

const DAY = 86_400_000;

/** Whole days until `at` (negative once past), or null when no date is on file. */
export function daysLeft(at: Date | null, now: Date): number | null {
  return at ? Math.floor((at.getTime() - now.getTime()) / DAY) : null;
}

/** A badge for one document: "expired", "expires in N days" (within 30), or nothing to flag. */
export function expiryBadge(at: Date | null, now: Date): { tone: "bad" | "warn" | "ok" | "none"; text: string } {
  if (!at) return { tone: "none", text: "not on file" };
  if (at.getTime() <= now.getTime()) return { tone: "bad", text: "expired" };
  const d = daysLeft(at, now)!;
  if (d <= 30) return { tone: "warn", text: d === 0 ? "expires today" : `expires in ${d} day${d === 1 ? "" : "s"}` };
  return { tone: "ok", text: `valid, ${d} days left` };
}

/** Why this vendor cannot be given a job automatically, or null when they can. */
export function autoAssignBlock(v: VendorPapers, openJobs: number, now: Date): string | null {
  if (!v.active) return "the vendor is inactive";
  if (v.insuranceExpiresAt && v.insuranceExpiresAt.getTime() <= now.getTime())
    return "the vendor's insurance has expired";
  if (v.licenceExpiresAt && v.licenceExpiresAt.getTime() <= now.getTime()) return "the vendor's licence has expired";
  if (openJobs >= v.capacity) return `the vendor is at capacity (${openJobs} of ${v.capacity} open jobs)`;
  return null;
}
