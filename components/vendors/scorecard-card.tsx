// The vendor's record at a glance: from their own jobs in the last year.
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { humanHours, type Scorecard } from "@/lib/vendors/scorecard";

const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

export async function ScorecardCard({ s }: { s: Scorecard }) {
  const { t } = await getT();
  const items: [MessageKey, string][] = [
    ["scorecard.jobs", String(s.jobs)],
    ["scorecard.accepts", s.medianResponseHours === null ? "—" : t(humanHours(s.medianResponseHours))],
    ["scorecard.onTime", pct(s.onTimeRate)],
    ["scorecard.completes", s.medianCompletionHours === null ? "—" : t(humanHours(s.medianCompletionHours))],
    ["scorecard.calledBack", pct(s.callbackRate)],
    ["scorecard.rating", s.averageRating === null ? "—" : `${s.averageRating.toFixed(1)}/5`],
  ];
  return (
    <section aria-labelledby="scorecard-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="scorecard-heading" className="text-lg font-semibold">
        {t("scorecard.title")}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {items.map(([k, v]) => (
          <div key={k}>
            <dt className="text-sm text-slate-600">{t(k)}</dt>
            <dd className="text-lg font-semibold">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t("scorecard.note")}</p>
    </section>
  );
}
