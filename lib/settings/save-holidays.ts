// Admin replaces the organisation's holidays (days the business clock skips).
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { allow, fieldError } from "@/lib/directory/guard";
import { msg } from "@/lib/i18n/translate";

/** "2026-12-25 Christmas Day" per line → rows; a bad line is named in the error. */
export function parseHolidays(text: string): { date: string; name: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      const m = /^(\d{4}-\d{2}-\d{2})\s+(.{1,80})$/.exec(line);
      if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)))
        throw fieldError("holidays", msg("settings.v.holidayLine", { line: i + 1 }));
      return { date: m[1], name: m[2].trim() };
    });
}

export async function saveHolidays({ actor, text, now }: { actor: Actor; text: string; now: Date }) {
  allow(actor, "settings:edit");
  const rows = parseHolidays(text);
  if (new Set(rows.map((r) => r.date)).size !== rows.length) throw fieldError("holidays", "settings.v.holidayOnce");
  await asActor(actor, now, async (tx) => {
    await tx.holiday.deleteMany({ where: { orgId: actor.orgId } });
    if (rows.length)
      await tx.holiday.createMany({
        data: rows.map((r) => ({ orgId: actor.orgId, date: new Date(`${r.date}T00:00:00Z`), name: r.name })),
      });
  });
}
