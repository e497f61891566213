// The next SLA target's countdown: amber once at risk, red once breached (lib/work-orders/sla-status).
import { formatCountdown, slaClock, type SlaFields } from "@/lib/work-orders/sla-status";

const STYLE = {
  ok: "text-slate-700",
  "at-risk": "bg-amber-100 text-amber-900",
  breached: "bg-red-100 text-red-900",
} as const;
const STATE_TEXT = { ok: "", "at-risk": "At risk", breached: "Breached" } as const;

export function SlaCountdown({ wo, now }: { wo: SlaFields; now: Date }) {
  const clock = slaClock(wo, now);
  if (!clock) return <span className="text-slate-500">—</span>;
  return (
    <span
      data-sla={clock.state}
      className={`inline-block rounded px-1.5 py-0.5 text-xs ${STYLE[clock.state]}`}
      title={`${clock.target === "response" ? "Response" : "Resolution"} due ${clock.dueAt.toISOString()}`}
    >
      {clock.state !== "ok" && <strong className="block">{STATE_TEXT[clock.state]}</strong>}
      <span className="whitespace-nowrap">
        {clock.target === "response" ? "Respond" : "Resolve"}: {formatCountdown(clock.dueAt, now)}
      </span>
    </span>
  );
}
