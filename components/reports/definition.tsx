// The definition next to a number: what is counted, what starts and stops its clock, and whether
// it runs on business or calendar time (the same words as the README's "Reports: definitions").
import { getT } from "@/lib/i18n/server";
import { definitionOf, type DefinitionVars, type MetricId } from "@/lib/reports/definitions";

/** `vars`: the organisation's settings the definition names (its callback window…). */
export async function Definition({ id, vars }: { id: MetricId; vars?: DefinitionVars }) {
  const { t } = await getT();
  const d = definitionOf(id, t, vars);
  return (
    <details className="mt-1 text-sm text-slate-700">
      <summary className="cursor-pointer font-semibold text-brand">{t("rep.how", { title: d.title })}</summary>
      <dl className="mt-1 grid gap-1 rounded-md bg-slate-50 p-3">
        <div>
          <dt className="inline font-semibold">{t("rep.counts")} </dt>
          <dd className="inline">{d.counts}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("rep.clock")} </dt>
          <dd className="inline">{d.clock}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("rep.time")} </dt>
          <dd className="inline">{d.time}</dd>
        </div>
      </dl>
    </details>
  );
}

/** A section's heading with its definition under it. */
export async function Metric({
  id,
  vars,
  children,
}: {
  id: MetricId;
  vars?: DefinitionVars;
  children?: React.ReactNode;
}) {
  const { t } = await getT();
  return (
    <section aria-labelledby={`m-${id}`} className="mt-8">
      <h3 id={`m-${id}`} className="text-lg font-semibold">
        {definitionOf(id, t).title}
      </h3>
      <Definition id={id} vars={vars} />
      {children}
    </section>
  );
}
