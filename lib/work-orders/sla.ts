// Due times for a work order (DESIGN.md §4). Pure: takes the targets, the organisation's calendar
// and `now`. Emergency and Urgent run on calendar time; Routine and Low on business days (a
// 48-hour target is two working days), skipping the organisation's non-working days and holidays.
import type { Priority } from "@/lib/db/generated/enums";

export type SlaTargetRule = {
  priority: Priority;
  responseMinutes: number;
  resolutionMinutes: number;
  businessTime: boolean;
};
export type Calendar = { timeZone: string; workingDays: number[]; holidays: string[] /* YYYY-MM-DD */ };

export const DEFAULT_SLA: SlaTargetRule[] = [
  { priority: "EMERGENCY", responseMinutes: 4 * 60, resolutionMinutes: 24 * 60, businessTime: false },
  { priority: "URGENT", responseMinutes: 24 * 60, resolutionMinutes: 48 * 60, businessTime: false },
  { priority: "ROUTINE", responseMinutes: 48 * 60, resolutionMinutes: 5 * 24 * 60, businessTime: true },
  { priority: "LOW", responseMinutes: 7 * 24 * 60, resolutionMinutes: 30 * 24 * 60, businessTime: true },
];

const DAY = 86_400_000;

// Building a formatter costs milliseconds and a business-time target asks for one per day it walks:
// one per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** `at` on the wall in `timeZone`: its date, ISO weekday (1 = Monday) and minute of the day. */
export function localDate(at: Date, timeZone: string): { ymd: string; weekday: number; minute: number } {
  const parts = formatter(timeZone).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(get("weekday")) + 1;
  const minute = Number(get("hour")) * 60 + Number(get("minute"));
  return { ymd: `${get("year")}-${get("month")}-${get("day")}`, weekday, minute };
}

function isWorkingDay(at: Date, cal: Calendar): boolean {
  const { ymd, weekday } = localDate(at, cal.timeZone);
  return cal.workingDays.includes(weekday) && !cal.holidays.includes(ymd);
}

/** `start` plus `minutes`, on the calendar or in working days (a request made on a day off starts on the next working day). */
export function addTarget(start: Date, minutes: number, businessTime: boolean, cal: Calendar): Date {
  if (!businessTime) return new Date(start.getTime() + minutes * 60_000);
  let at = new Date(start.getTime());
  let offDays = 0;
  while (!isWorkingDay(at, cal) && offDays++ < 366) at = new Date(at.getTime() + DAY);
  let days = Math.ceil(minutes / 1440);
  while (days > 0) {
    at = new Date(at.getTime() + DAY);
    if (isWorkingDay(at, cal)) days--;
  }
  return at;
}

export type DueTimes = { responseDueAt: Date; responseAtRiskAt: Date; resolutionDueAt: Date; resolutionAtRiskAt: Date };

/**
 * The due times, each at risk once `atRiskPercent` of its time has passed (the organisation's
 * setting, 75 by default): 75 puts a 4-hour target at risk after 3 hours.
 */
export function computeDueTimes(
  priority: Priority,
  from: Date,
  targets: SlaTargetRule[],
  cal: Calendar,
  atRiskPercent: number,
): DueTimes {
  const t = targets.find((x) => x.priority === priority) ?? DEFAULT_SLA.find((x) => x.priority === priority)!;
  const responseDueAt = addTarget(from, t.responseMinutes, t.businessTime, cal);
  const resolutionDueAt = addTarget(from, t.resolutionMinutes, t.businessTime, cal);
  const risk = (due: Date) => new Date(from.getTime() + ((due.getTime() - from.getTime()) * atRiskPercent) / 100);
  return {
    responseDueAt,
    responseAtRiskAt: risk(responseDueAt),
    resolutionDueAt,
    resolutionAtRiskAt: risk(resolutionDueAt),
  };
}
