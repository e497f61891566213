// Timings and thresholds (issue 18): numbers that were constants and that operators set
// differently, now the organisation's, with the old constants as defaults (the columns' defaults in
// prisma/schema.prisma say the same). Pure: the settings action parses with `timingsSchema`, the
// unit tests table-test it, and the rules that use each number take it as a parameter.
import { z } from "zod";

export type Timings = {
  /** An unacknowledged emergency pages the next on-call contact after each step of this many minutes. */
  emergencyEscalateMinutes: number;
  /** An SLA target is at risk once this share (in %) of its time has passed. */
  slaAtRiskPercent: number;
  /** Staff may reopen a closed request (a callback) within this many days of closing. */
  reopenWindowDays: number;
  /** A new request for the unit and category within this many days of a completion is a callback. */
  callbackWindowDays: number;
  /** The work order page lists the unit's earlier requests of the category from this many months back. */
  repeatLookbackMonths: number;
  /** Vendors are reminded this many days before their insurance or licence expires, farthest first. */
  paperReminderDays: number[];
};

export const DEFAULT_TIMINGS: Timings = {
  emergencyEscalateMinutes: 15,
  slaAtRiskPercent: 75,
  reopenWindowDays: 30,
  callbackWindowDays: 30,
  repeatLookbackMonths: 6,
  paperReminderDays: [60, 30, 7],
};

export const TIMING_BOUNDS = {
  escalateMinutes: [1, 240],
  atRiskPercent: [50, 95],
  windowDays: [1, 365],
  lookbackMonths: [1, 24],
  reminderDays: [1, 365],
  reminders: 3,
} as const;

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, message: string) => (ctx.addIssue({ code: "custom", message }), z.NEVER);

/** A typed whole number of `unit` between `min` and `max`, else a message saying what to type. */
const whole = (what: string, unit: string, [min, max]: readonly [number, number], example: number) =>
  z
    .string()
    .trim()
    .transform((t, ctx) => {
      if (!t) return fail(ctx, `Enter the ${what}, like ${example}.`);
      if (!/^\d+$/.test(t))
        return fail(ctx, `Enter a whole ${unit === "percent" ? "percentage" : `number of ${unit}`}, like ${example}.`);
      const n = Number(t);
      return n >= min && n <= max ? n : fail(ctx, `Between ${min} and ${max} ${unit}.`);
    });

const [DAY_MIN, DAY_MAX] = TIMING_BOUNDS.reminderDays;

/** "60, 30, 7" → [60, 30, 7]: one to three different whole days, farthest first. */
export const reminderDays = z
  .string()
  .trim()
  .transform((t, ctx) => {
    const parts = t.split(/[\s,;]+/).filter(Boolean);
    if (parts.length === 0) return fail(ctx, "Enter one to three numbers of days, like 60, 30, 7.");
    if (parts.some((p) => !/^\d+$/.test(p)))
      return fail(ctx, "Use whole numbers of days separated by commas, like 60, 30, 7.");
    const days = parts.map(Number);
    if (days.some((d) => d < DAY_MIN || d > DAY_MAX)) return fail(ctx, `Each between ${DAY_MIN} and ${DAY_MAX} days.`);
    if (new Set(days).size !== days.length) return fail(ctx, "Each number of days once: no repeats.");
    if (days.length > TIMING_BOUNDS.reminders)
      return fail(ctx, `At most ${TIMING_BOUNDS.reminders} reminders, like 60, 30, 7.`);
    return days.sort((a, b) => b - a);
  });

/** The Settings → Timings and thresholds form: typed text in, the organisation's columns out. */
export const timingsSchema = z
  .object({
    escalateMinutes: whole("escalation step", "minutes", TIMING_BOUNDS.escalateMinutes, 15),
    atRiskPercent: whole("at-risk point", "percent", TIMING_BOUNDS.atRiskPercent, 75),
    reopenDays: whole("reopen window", "days", TIMING_BOUNDS.windowDays, 30),
    callbackDays: whole("callback window", "days", TIMING_BOUNDS.windowDays, 30),
    lookbackMonths: whole("look-back", "months", TIMING_BOUNDS.lookbackMonths, 6),
    reminderDays,
  })
  .transform((v): Timings => ({
    emergencyEscalateMinutes: v.escalateMinutes,
    slaAtRiskPercent: v.atRiskPercent,
    reopenWindowDays: v.reopenDays,
    callbackWindowDays: v.callbackDays,
    repeatLookbackMonths: v.lookbackMonths,
    paperReminderDays: v.reminderDays,
  }));

/** [60, 30, 7] → "60, 30, 7", as an admin types it back into the form. */
export const reminderDaysForInput = (days: readonly number[]) => days.join(", ");

/** `months` calendar months before `now` (UTC), the day clamped to the shorter month's end. */
export function monthsBefore(now: Date, months: number): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const at = new Date(now.getTime());
  at.setUTCFullYear(y, m, Math.min(now.getUTCDate(), last));
  return at;
}
