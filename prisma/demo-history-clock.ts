// Wall-clock helpers for the demo's history: the organisation's local hour, month and working days,
// and the next bookable visit slot. Pure; one formatter per calendar (building one per call is slow).
import { zonedToUtc } from "@/lib/time";
import type { Calendar } from "@/lib/work-orders/sla";

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export type LocalParts = { ymd: string; month: number; weekday: number; hour: number };

export function demoClock(cal: Calendar) {
  const fmt = new Intl.DateTimeFormat("en-CA", {
    timeZone: cal.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    hourCycle: "h23",
  });
  const parts = (t: number): LocalParts => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return {
      ymd: `${p.year}-${p.month}-${p.day}`,
      month: Number(p.month),
      weekday: WEEKDAYS.indexOf(p.weekday) + 1,
      hour: Number(p.hour),
    };
  };
  const working = (p: LocalParts) => cal.workingDays.includes(p.weekday) && !cal.holidays.includes(p.ymd);
  /** `hour` (may be fractional) on the local day `ymd`, as UTC milliseconds. */
  const at = (ymd: string, hour: number) => {
    const h = Math.floor(hour);
    const m = Math.round((hour - h) * 60);
    return zonedToUtc(`${ymd}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`, cal.timeZone)!.getTime();
  };
  /** The first visit slot (08:00, 10:00, 12:00, 14:00 local) at or after `t`; working days only if asked. */
  const slot = (t: number, workingOnly: boolean): number => {
    for (let d = 0; d < 30; d++) {
      const p = parts(t + d * DAY);
      if (workingOnly && !working(p)) continue;
      for (const h of [8, 10, 12, 14]) {
        const s = at(p.ymd, h);
        if (s >= t) return s;
      }
    }
    return t;
  };
  /** `t` itself during working hours, else the next working morning (08:30): when the office sees it. */
  const officeSees = (t: number): number => {
    const p = parts(t);
    if (working(p) && p.hour >= 8 && p.hour < 17) return t;
    for (let d = p.hour < 8 ? 0 : 1; d < 30; d++) {
      const q = parts(t + d * DAY);
      if (working(q)) return Math.max(t, at(q.ymd, 8.5));
    }
    return t;
  };
  return { parts, at, slot, officeSees, working };
}

export type DemoClock = ReturnType<typeof demoClock>;
