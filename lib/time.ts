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

/** A wall-clock time ("2026-03-14T09:00") in `timeZone`, as a UTC instant. */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // The zone's offset at that moment, found by formatting the guess back in the zone (twice, for DST edges).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      })
        .formatToParts(new Date(guess))
        .map((p) => [p.type, p.value]),
    );
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    guess += asUtc - shown;
  }
  return new Date(guess);
}

/** How long ago, in t's language: "under an hour", "5 h", "3 days". */
export function formatAge(from: Date, now: Date, t: T): string {
  const h = Math.floor((now.getTime() - from.getTime()) / 3_600_000);
  if (h < 1) return t("time.underHour");
  if (h < 48) return t("time.hours", { h });
  return t("time.days", { n: Math.floor(h / 24) });
}
