// Timings and thresholds (issue 18): numbers that were constants and that operators set
// differently, now the organisation's, with the old constants as defaults (the columns' defaults in
// prisma/schema.prisma say the same). Pure: the settings action parses with `timingsSchema`, the
// unit tests table-test it, and the rules that use each number take it as a parameter.
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Vars } from "@/lib/i18n/translate";

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
// Messages are keys; a slot that is itself a key ("settings.unit.days") is read in the reader's language.
const fail = (ctx: Ctx, message: MessageKey, vars?: Vars) => (
  ctx.addIssue({ code: "custom", message, params: vars && { vars } }),
  z.NEVER
);

/** A typed whole number of `unit` between `min` and `max`, else a message saying what to type. */
type Unit = "minutes" | "percent" | "days" | "months";
const whole = (what: MessageKey, unit: Unit, [min, max]: readonly [number, number], example: number) =>
  z
    .string()
    .trim()
    .transform((t, ctx) => {
      if (!t) return fail(ctx, "settings.v.enterThe", { what, example });
      if (!/^\d+$/.test(t))
        return unit === "percent"
          ? fail(ctx, "settings.v.wholePercent", { example })
          : fail(ctx, "settings.v.wholeNumber", { unit: `settings.unit.${unit}`, example });
      const n = Number(t);
      return n >= min && n <= max ? n : fail(ctx, "settings.v.between", { min, max, unit: `settings.unit.${unit}` });
    });

const [DAY_MIN, DAY_MAX] = TIMING_BOUNDS.reminderDays;

/** "60, 30, 7" → [60, 30, 7]: one to three different whole days, farthest first. */
export const reminderDays = z
  .string()
  .trim()
  .transform((t, ctx) => {
    const parts = t.split(/[\s,;]+/).filter(Boolean);
    if (parts.length === 0) return fail(ctx, "settings.v.reminderDays");
    if (parts.some((p) => !/^\d+$/.test(p))) return fail(ctx, "settings.v.reminderWhole");
    const days = parts.map(Number);
    if (days.some((d) => d < DAY_MIN || d > DAY_MAX))
      return fail(ctx, "settings.v.reminderRange", { min: DAY_MIN, max: DAY_MAX });
    if (new Set(days).size !== days.length) return fail(ctx, "settings.v.reminderRepeat");
    if (days.length > TIMING_BOUNDS.reminders)
      return fail(ctx, "settings.v.reminderMax", { max: TIMING_BOUNDS.reminders });
    return days.sort((a, b) => b - a);
  });

/** The Settings → Timings and thresholds form: typed text in, the organisation's columns out. */
export const timingsSchema = z
  .object({
    escalateMinutes: whole("settings.what.escalate", "minutes", TIMING_BOUNDS.escalateMinutes, 15),
    atRiskPercent: whole("settings.what.atRisk", "percent", TIMING_BOUNDS.atRiskPercent, 75),
    reopenDays: whole("settings.what.reopen", "days", TIMING_BOUNDS.windowDays, 30),
    callbackDays: whole("settings.what.callback", "days", TIMING_BOUNDS.windowDays, 30),
    lookbackMonths: whole("settings.what.lookback", "months", TIMING_BOUNDS.lookbackMonths, 6),
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
