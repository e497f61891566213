// Whether a vendor may be given work right now (DESIGN.md §5): an expired insurance or licence
// blocks assignment with a clear warning; an inactive vendor is not offered. Pure: takes `now`.
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Vars } from "@/lib/i18n/translate";

export type ComplianceFields = {
  company: string;
  active: boolean;
  insuranceExpiresAt: Date | null;
  licenceExpiresAt: Date | null;
};

/** "3 Nov 2026" in the organisation's time zone. */
export function shortDate(d: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(d);
}

/** What blocks this vendor ("insurance expired on 3 Nov 2026"), or null when nothing does. */
export function complianceProblems(v: ComplianceFields, now: Date, timeZone = "UTC"): string[] {
  const problems: string[] = [];
  if (!v.active) problems.push("inactive");
  if (v.insuranceExpiresAt && v.insuranceExpiresAt <= now)
    problems.push(`insurance expired on ${shortDate(v.insuranceExpiresAt, timeZone)}`);
  if (v.licenceExpiresAt && v.licenceExpiresAt <= now)
    problems.push(`licence expired on ${shortDate(v.licenceExpiresAt, timeZone)}`);
  return problems;
}

/** "ABC Plumbing's insurance expired on 3 Nov 2026; assigning anyway needs an override." */
export function blockedWarning(v: ComplianceFields, problems: string[]): { key: MessageKey; vars: Vars } {
  return { key: "err.vendorBlocked", vars: { company: v.company, problems: problems.join(" and ") } };
}
