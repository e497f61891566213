// An SLA target in words for the request form (issue 18): the severity definitions follow the
// targets an admin sets, in the reader's language. Pure; returns message keys with their slots.
import type { Msg } from "@/lib/i18n/translate";

export type TargetMinutes = { responseMinutes: number; resolutionMinutes: number; businessTime: boolean };

const DAY = 24 * 60;

/** 240 → "4 hours"; 2880 on business time → "2 business days"; 10080 → "7 days"; 90 → "90 minutes". */
export function durationWords(minutes: number, businessTime: boolean): Msg {
  if (businessTime && minutes % DAY === 0) {
    const n = minutes / DAY;
    return n === 1 ? "duration.businessDay" : { key: "duration.businessDays", vars: { n } };
  }
  if (minutes % DAY === 0 && minutes >= 2 * DAY) return { key: "duration.days", vars: { n: minutes / DAY } };
  if (minutes % 60 === 0)
    return minutes === 60 ? "duration.hour" : { key: "duration.hours", vars: { n: minutes / 60 } };
  return { key: "duration.minutes", vars: { n: minutes } };
}
