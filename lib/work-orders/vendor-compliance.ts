// "May this vendor work now?" — one answer (issue 16), pure, taking `now` (DESIGN.md §5): an
// inactive vendor is not offered; an expired insurance or licence blocks assignment with a clear
// warning (staff may override, logged), holds the vendor's own job steps, and stops auto-assignment,
// as does a full workload. Every wording below (staff, vendor, badge) is made from `lapses`.
import type { MessageKey } from "@/lib/i18n/messages/en";
import { msg, type Msg, type Vars } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";

export type ComplianceFields = {
  company: string;
  active: boolean;
  insuranceExpiresAt: Date | null;
  licenceExpiresAt: Date | null;
};

type Papers = Omit<ComplianceFields, "company">;
const DAY = 86_400_000;

/** The facts: inactive, and which papers have lapsed (their expiry dates), at `now`. */
export function lapses(v: Papers, now: Date): { inactive: boolean; insurance: Date | null; licence: Date | null } {
  const lapsed = (at: Date | null) => (at && at.getTime() <= now.getTime() ? at : null);
  return { inactive: !v.active, insurance: lapsed(v.insuranceExpiresAt), licence: lapsed(v.licenceExpiresAt) };
}

/** "3 Nov 2026" in the organisation's time zone. */
export function shortDate(d: Date, timeZone = "UTC", locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(locale === "es" ? "es" : "en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(d);
}

/** For staff: what blocks this vendor ("insurance expired on 3 Nov 2026"); empty when nothing does. */
export function complianceProblems(v: Papers, now: Date, timeZone = "UTC"): string[] {
  const l = lapses(v, now);
  return [
    ...(l.inactive ? ["inactive"] : []),
    ...(l.insurance ? [`insurance expired on ${shortDate(l.insurance, timeZone)}`] : []),
    ...(l.licence ? [`licence expired on ${shortDate(l.licence, timeZone)}`] : []),
  ];
}

/**
 * For a staff reader: one line per thing that blocks this vendor ("Insurance expired on 3 Nov
 * 2026", "El seguro venció el 3 nov 2026"), dated in the reader's language; empty when nothing does.
 */
export function lapseLines(v: Papers, now: Date, timeZone = "UTC", locale: Locale = "en"): Msg[] {
  const l = lapses(v, now);
  const date = (d: Date) => shortDate(d, timeZone, locale);
  return [
    ...(l.inactive ? [msg("vendorLapse.inactive")] : []),
    ...(l.insurance ? [msg("vendorLapse.insurance", { date: date(l.insurance) })] : []),
    ...(l.licence ? [msg("vendorLapse.licence", { date: date(l.licence) })] : []),
  ];
}

/**
 * The refusal to assign a vendor whose papers lapsed ("ABC Plumbing's insurance expired on 3 Nov
 * 2026; assigning anyway needs an override."), dated in the reader's language; null when none did.
 */
export function blockedWarning(
  v: ComplianceFields,
  now: Date,
  timeZone = "UTC",
  locale: Locale = "en",
): { key: MessageKey; vars: Vars } | null {
  const l = lapses(v, now);
  const date = (d: Date) => shortDate(d, timeZone, locale);
  if (l.insurance && l.licence)
    return {
      key: "err.vendorBlocked.both",
      vars: { company: v.company, insurance: date(l.insurance), licence: date(l.licence) },
    };
  if (l.insurance) return { key: "err.vendorBlocked.insurance", vars: { company: v.company, date: date(l.insurance) } };
  if (l.licence) return { key: "err.vendorBlocked.licence", vars: { company: v.company, date: date(l.licence) } };
  return null;
}

/**
 * For the vendor's own pages (the job link, the papers link): why they may not act on their jobs
 * now, worded for them, or null when nothing blocks.
 */
export function vendorBlockedReason(v: Papers, now: Date, timeZone = "UTC", locale: Locale = "en"): string | null {
  const l = lapses(v, now);
  const date = (d: Date) => shortDate(d, timeZone, locale);
  if (locale === "es") {
    const lapsed = [
      ...(l.insurance ? [`su seguro venció el ${date(l.insurance)}`] : []),
      ...(l.licence ? [`su licencia venció el ${date(l.licence)}`] : []),
    ];
    if (lapsed.length === 0)
      return l.inactive ? "Ya no está en nuestra lista de proveedores activos; comuníquese con la oficina." : null;
    const text = lapsed.join(" y ");
    return `${text[0].toUpperCase()}${text.slice(1)}; envíe los documentos nuevos con su enlace para subirlos o comuníquese con la oficina.`;
  }
  const lapsed = [
    ...(l.insurance ? [`your insurance expired on ${date(l.insurance)}`] : []),
    ...(l.licence ? [`your licence expired on ${date(l.licence)}`] : []),
  ];
  if (lapsed.length === 0)
    return l.inactive ? "You are no longer on our list of active vendors; contact the office." : null;
  const text = lapsed.join(" and ");
  return `${text[0].toUpperCase()}${text.slice(1)}; send new papers through your upload link or contact the office.`;
}

/** For auto-assignment: why this vendor cannot be given a job without a person, or null when they can. */
export function autoAssignBlock(v: Papers & { capacity: number }, openJobs: number, now: Date): string | null {
  const l = lapses(v, now);
  if (l.inactive) return "the vendor is inactive";
  if (l.insurance) return "the vendor's insurance has expired";
  if (l.licence) return "the vendor's licence has expired";
  if (openJobs >= v.capacity) return `the vendor is at capacity (${openJobs} of ${v.capacity} open jobs)`;
  return null;
}

/** Whole days until `at` (negative once past), or null when no date is on file. */
export function daysLeft(at: Date | null, now: Date): number | null {
  return at ? Math.floor((at.getTime() - now.getTime()) / DAY) : null;
}

/** A badge for one paper: "expired", "expires in N days" (within 30), or "valid, N days left". */
export function expiryBadge(at: Date | null, now: Date): { tone: "bad" | "warn" | "ok" | "none"; text: Msg } {
  if (!at) return { tone: "none", text: "papersPage.notOnFile" };
  if (at.getTime() <= now.getTime()) return { tone: "bad", text: "papersPage.expired" };
  const days = daysLeft(at, now)!;
  if (days <= 30)
    return { tone: "warn", text: days === 0 ? "papersPage.expiresToday" : msg("papersPage.expiresIn", { days }) };
  return { tone: "ok", text: msg("papersPage.valid", { days }) };
}
