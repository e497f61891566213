// The vendor's record at a glance: from their own jobs in the last year.
import { humanHours, type Scorecard } from "@/lib/vendors/scorecard";

const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

export function ScorecardCard({ s }: { s: Scorecard }) {
  const items: [string, string][] = [
    ["Jobs (12 months)", String(s.jobs)],
    ["Accepts in", s.medianResponseHours === null ? "—" : humanHours(s.medianResponseHours)],
    ["On time", pct(s.onTimeRate)],
    ["Completes in", s.medianCompletionHours === null ? "—" : humanHours(s.medianCompletionHours)],
    ["Called back", pct(s.callbackRate)],
    ["Tenant rating", s.averageRating === null ? "—" : `${s.averageRating.toFixed(1)}/5`],
  ];
  return (
    <section aria-labelledby="scorecard-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="scorecard-heading" className="text-lg font-semibold">
        Scorecard
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {items.map(([k, v]) => (
          <div key={k}>
            <dt className="text-sm text-slate-600">{k}</dt>
            <dd className="text-lg font-semibold">{v}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">
        Medians; &ldquo;on time&rdquo; is arriving by the end of the booked window; &ldquo;called back&rdquo; is a
        completed job the tenant reopened.
      </p>
    </section>
  );
}
