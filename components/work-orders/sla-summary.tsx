// Where the work order stands against its SLA (lib/work-orders/sla-status.ts).
import { getT } from "@/lib/i18n/server";
import { formatCountdown, slaClock, type SlaFields } from "@/lib/work-orders/sla-status";

const STYLE = {
  ok: "border-slate-200 bg-white",
  "at-risk": "border-amber-400 bg-amber-50",
  breached: "border-red-500 bg-red-50",
} as const;
const WORD = { ok: "sla.onTrack", "at-risk": "queue.atRisk", breached: "queue.breached" } as const;

export async function SlaSummary({ wo, now, fmt }: { wo: SlaFields; now: Date; fmt: (d: Date | null) => string }) {
  const clock = slaClock(wo, now);
  const { t } = await getT();
  return (
    <section
      aria-labelledby="sla-heading"
      className={`rounded-lg border p-4 text-sm ${clock ? STYLE[clock.state] : STYLE.ok}`}
    >
      <h2 id="sla-heading" className="text-base font-semibold">
        {clock ? t("sla.headingState", { state: WORD[clock.state] }) : t("queue.sla")}
      </h2>
      {clock && (
        <p className="mt-1 font-medium">
          {t(clock.target === "response" ? "sla.response" : "sla.resolution", {
            time: formatCountdown(clock.dueAt, now, t),
          })}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-2 gap-2">
        <div>
          <dt className="font-semibold">{t("sla.responseDue")}</dt>
          <dd>{wo.firstResponseAt ? t("sla.met", { at: fmt(wo.responseDueAt) }) : fmt(wo.responseDueAt)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("sla.resolutionDue")}</dt>
          <dd>{wo.completedAt ? t("sla.met", { at: fmt(wo.resolutionDueAt) }) : fmt(wo.resolutionDueAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
