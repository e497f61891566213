// Non-urgent texts wait out the organisation's quiet hours (default 21:00–08:00 in its time zone);
// emergencies never wait. Pure: takes `now`. Returns when the text may go, or null for "now".
export type QuietHours = { timeZone: string; startMinute: number; endMinute: number };

function minuteOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return get("hour") * 60 + get("minute");
}

export function inQuietHours(now: Date, q: QuietHours): boolean {
  const m = minuteOfDay(now, q.timeZone);
  if (q.startMinute === q.endMinute) return false;
  return q.startMinute < q.endMinute ? m >= q.startMinute && m < q.endMinute : m >= q.startMinute || m < q.endMinute;
}

export function smsNotBefore(now: Date, q: QuietHours, urgent: boolean): Date | null {
  if (urgent || !inQuietHours(now, q)) return null;
  // Step forward to the end of the quiet spell, a minute at a time in whole-minute jumps (DST-safe).
  const m = minuteOfDay(now, q.timeZone);
  const wait = (q.endMinute - m + 1440) % 1440;
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
