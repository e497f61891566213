// Is the office open? Business hours (issue 18): the working week, minus holidays, between the
// opening and closing time, in the organisation's time zone. Pure: the caller gives `now`.
import { localDate } from "@/lib/work-orders/sla";

export type OfficeCalendar = {
  timeZone: string;
  workingDays: number[]; // ISO weekdays, 1 = Monday
  holidays: string[]; // YYYY-MM-DD, local
  startMinute: number; // minutes after local midnight
  endMinute: number;
};

export type OfficeStatus = { open: boolean; nextOpen: Date | null };

const MINUTE = 60_000;

const workday = (cal: OfficeCalendar, l: { ymd: string; weekday: number }) =>
  cal.workingDays.includes(l.weekday) && !cal.holidays.includes(l.ymd);

export function officeStatus(now: Date, cal: OfficeCalendar): OfficeStatus {
  if (cal.workingDays.length === 0 || cal.startMinute >= cal.endMinute) return { open: false, nextOpen: null };
  const l = localDate(now, cal.timeZone);
  if (workday(cal, l) && l.minute >= cal.startMinute && l.minute < cal.endMinute) return { open: true, nextOpen: null };
  // Walk forward to the next opening: today's (if not yet reached) or a later working day's. Each
  // step lands on a local opening time by adding the minutes to it (DST shifts are corrected below).
  let at = new Date(now.getTime() - (now.getTime() % MINUTE));
  for (let day = 0; day < 400; day++) {
    const here = localDate(at, cal.timeZone);
    if (day > 0 || here.minute < cal.startMinute) {
      let opening = new Date(at.getTime() + (cal.startMinute - here.minute) * MINUTE);
      // Across a DST change the local clock moved by an hour: settle on the exact local time.
      const check = localDate(opening, cal.timeZone);
      opening = new Date(opening.getTime() + (cal.startMinute - check.minute) * MINUTE);
      if (workday(cal, localDate(opening, cal.timeZone)) && opening > now) return { open: false, nextOpen: opening };
    }
    at = new Date(at.getTime() + (24 * 60 - here.minute) * MINUTE + MINUTE); // just after the next local midnight
    at = new Date(at.getTime() - localDate(at, cal.timeZone).minute * MINUTE); // back to local midnight
  }
  return { open: false, nextOpen: null };
}
