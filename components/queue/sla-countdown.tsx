// The next SLA target's countdown: amber once at risk, red once breached (lib/work-orders/sla-status).
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";
import { formatCountdown, slaClock, type SlaFields } from "@/lib/work-orders/sla-status";

const STYLE = {
  ok: "text-slate-700",
  "at-risk": "bg-amber-100 text-amber-900",
  breached: "bg-red-100 text-red-900",
} as const;
const STATE_TEXT = { "at-risk": "queue.atRisk", breached: "queue.breached" } as const;

export async function SlaCountdown({ wo, now, timeZone }: { wo: SlaFields; now: Date; timeZone: string }) {
  const clock = slaClock(wo, now);
  if (!clock) return <span className="text-slate-500">—</span>;
  const { t, locale } = await getT();
  const at = formatInZone(clock.dueAt, timeZone, undefined, locale);
  return (
    <span
      data-sla={clock.state}
      className={`inline-block rounded px-1.5 py-0.5 text-xs ${STYLE[clock.state]}`}
      title={t(clock.target === "response" ? "queue.responseDue" : "queue.resolutionDue", { at })}
    >
      {clock.state !== "ok" && <strong className="block">{t(STATE_TEXT[clock.state])}</strong>}
      <span className="whitespace-nowrap">
        {t(clock.target === "response" ? "queue.respond" : "queue.resolve", {
          time: formatCountdown(clock.dueAt, now, t),
        })}
      </span>
    </span>
  );
}
