// Times are UTC in the database and shown in the organisation's time zone.
import type { T } from "@/lib/i18n/translate";

export function formatInZone(
  at: Date,
  timeZone: string,
  opts: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
  locale = "en",
): string {
  return new Intl.DateTimeFormat(locale === "es" ? "es-US" : "en-US", { timeZone, ...opts }).format(at);
}

/** A calendar day ("2026-12-07", no time and so no zone) in words: "Dec 7, 2026". */
export function formatDay(ymd: string, locale = "en"): string {
  // Noon UTC of that day, read in UTC: the day itself whatever the server's zone.
  return formatInZone(new Date(`${ymd}T12:00:00Z`), "UTC", { dateStyle: "medium" }, locale);
}

const wallFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });

/**
 * A wall-clock time ("2026-03-14T09:00") in `timeZone`, as a UTC instant. A time the clocks pass twice
 * is its first; one they skip (summer time starting) is read with the offset from before, so it lands
 * as far after the gap (in Santiago, whose clocks go from 00:00 to 01:00, midnight is 01:00 of that
 * day, not 23:00 the day before: a day starting there stays on its own date).
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const fmt = wallFormatter(timeZone);
  // The wall clock at `t`, written as if it were UTC.
  const wall = (t: number) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
  };
  // The zone's offsets a day either side: around a change of clocks, the one before and the one after.
  const before = wall(asUtc - 86_400_000) - (asUtc - 86_400_000);
  const after = wall(asUtc + 86_400_000) - (asUtc + 86_400_000);
  const fits = [asUtc - before, asUtc - after].filter((t) => wall(t) === asUtc);
  return new Date(fits.length ? Math.min(...fits) : asUtc - before);
}

/** How long ago, in t's language: "under an hour", "5 h", "3 days". */
export function formatAge(from: Date, now: Date, t: T): string {
  const h = Math.floor((now.getTime() - from.getTime()) / 3_600_000);
  if (h < 1) return t("time.underHour");
  if (h < 48) return t("time.hours", { h });
  return t("time.days", { n: Math.floor(h / 24) });
}
