// Where the work order stands against its SLA (lib/work-orders/sla-status.ts).
import { formatCountdown, slaClock, type SlaFields } from "@/lib/work-orders/sla-status";

const STYLE = {
  ok: "border-slate-200 bg-white",
  "at-risk": "border-amber-400 bg-amber-50",
  breached: "border-red-500 bg-red-50",
} as const;
const WORD = { ok: "On track", "at-risk": "At risk", breached: "Breached" } as const;

export function SlaSummary({ wo, now, fmt }: { wo: SlaFields; now: Date; fmt: (d: Date | null) => string }) {
  const clock = slaClock(wo, now);
  return (
    <section
      aria-labelledby="sla-heading"
      className={`rounded-lg border p-4 text-sm ${clock ? STYLE[clock.state] : STYLE.ok}`}
    >
      <h2 id="sla-heading" className="text-base font-semibold">
        SLA{clock && `: ${WORD[clock.state]}`}
      </h2>
      {clock && (
        <p className="mt-1 font-medium">
          {clock.target === "response" ? "Response" : "Resolution"} {formatCountdown(clock.dueAt, now)}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-2 gap-2">
        <div>
          <dt className="font-semibold">Response due</dt>
          <dd>
            {fmt(wo.responseDueAt)}
            {wo.firstResponseAt && " (met)"}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Resolution due</dt>
          <dd>
            {fmt(wo.resolutionDueAt)}
            {wo.completedAt && " (met)"}
          </dd>
        </div>
      </dl>
    </section>
  );
}
