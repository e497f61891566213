// Vendors side by side, what tenants said, and what the work cost.
import { BarChart, ColumnChart, NumbersTable } from "@/components/reports/charts";
import { Metric } from "@/components/reports/definition";
import { bucketLabel, count, duration, money, rate, wholeDays } from "@/components/reports/format";
import { groupCell, type GroupLink } from "@/components/reports/speed-sla";
import { getT } from "@/lib/i18n/server";
import type { CostsReport, TenantsReport, VendorsReport } from "@/lib/reports/types";

export async function VendorsSection({ data, link }: { data: VendorsReport; link: GroupLink }) {
  const { t, locale } = await getT();
  return (
    <Metric id="vendors.table" vars={{ callbackWindow: wholeDays(data.callbackWindowDays, t) }}>
      <NumbersTable
        caption="rep.vendors"
        head={[
          "rep.col.vendor",
          "rep.col.jobs",
          "rep.col.declined",
          "rep.col.lost",
          "rep.col.acceptMedian",
          "rep.col.onTime",
          "rep.col.vendorCompleteMedian",
          "rep.col.firstTimeFix",
          "rep.col.rating",
          "rep.col.averageCost",
          "rep.col.totalCost",
          "rep.col.overEstimate",
        ]}
        rows={data.rows.map((v) => [
          v.vendorId
            ? groupCell({ dimension: "vendor", key: v.vendorId, label: v.name }, link, locale)
            : t("staffWo.inHouseName", { name: v.name }),
          count(v.jobs),
          count(v.declined),
          count(v.lost),
          duration(v.medianResponseHours),
          rate(v.onTimeRate),
          duration(v.medianCompletionHours),
          rate(v.firstTimeFixRate),
          v.averageRating === null ? "—" : t("rep.ratingOf", { rating: v.averageRating.toFixed(1), n: v.ratings }),
          money(v.averageCostCents),
          money(v.totalCostCents),
          v.estimatedJobs ? t("rep.overOn", { money: money(v.overEstimateCents), n: v.estimatedJobs }) : "—",
        ])}
      />
      <p className="mt-2 text-sm text-slate-600">{t("rep.vendorsNote")}</p>
    </Metric>
  );
}

export async function TenantsSection({ data }: { data: TenantsReport }) {
  const { t } = await getT();
  return (
    <>
      <Metric id="tenants.rating">
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{t("rep.averageRating")}</dt>
            <dd className="text-2xl font-bold">
              {data.averageRating === null ? "—" : t("rep.outOfFive", { rating: data.averageRating.toFixed(2) })}
            </dd>
            <dd className="text-xs text-slate-600">{t("rep.goodRating")}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{t("rep.surveyRate")}</dt>
            <dd className="text-2xl font-bold">{rate(data.responseRate)}</dd>
            <dd className="text-xs text-slate-600">
              {t("rep.ofClosed", { rated: count(data.rated), closed: count(data.closed) })}
            </dd>
          </div>
        </dl>
        <BarChart
          id="ratings"
          title="rep.ratingsChart"
          bars={data.distribution.map((n, i) => ({ label: t("rep.stars", { n: i + 1 }), value: n }))}
          format={(v) => count(v)}
        />
        <NumbersTable
          caption="rep.ratingsByStars"
          head={["rep.col.stars", "rep.col.ratings"]}
          rows={data.distribution.map((n, i) => [`${i + 1}`, count(n)])}
        />
      </Metric>
      <Metric id="tenants.selfHelp">
        <NumbersTable
          caption="rep.selfHelp"
          head={["rep.col.tipsShown", "rep.col.fixedIt", "rep.col.deflection"]}
          rows={[[count(data.selfHelp.tipsShown), count(data.selfHelp.fixed), rate(data.selfHelp.deflectionRate)]]}
        />
      </Metric>
    </>
  );
}

export async function CostsSection({ data, link }: { data: CostsReport; link: GroupLink }) {
  const { locale } = await getT();
  // Jobs are counted by completion in the period: their numbers open the work orders completed in it.
  const completed: GroupLink = link && ((g) => link(g, "completed"));
  // The total first, then by priority as the CSV has them, then the rest.
  const dims = ["overall", "priority", "property", "category", "vendor"] as const;
  const e = data.estimateVsActual;
  return (
    <>
      <Metric id="costs.spend">
        <ColumnChart
          id="spend-months"
          title="rep.spendChart"
          series={["rep.col.spend"]}
          columns={data.months.map((m) => ({ label: bucketLabel(m.month, "month", locale), values: [m.cents / 100] }))}
          format={(v) => `$${Math.round(v).toLocaleString(locale === "es" ? "es-US" : "en-US")}`}
        />
        <NumbersTable
          collapsed
          caption="rep.spendByMonth"
          head={["rep.col.month", "rep.col.jobs", "rep.col.spend"]}
          rows={data.months.map((m) => [m.month.slice(0, 7), count(m.jobs), money(m.cents)])}
        />
        {dims.map((dim) => {
          const rows = data.spend.filter((r) => r.dimension === dim);
          if (rows.length === 0) return null;
          return (
            <NumbersTable
              key={dim}
              caption={`rep.spendBy.${dim}`}
              head={[`rep.dim.${dim}`, "rep.col.jobs", "rep.col.withCost", "rep.col.spend"]}
              rows={rows.map((r) => [groupCell(r, completed, locale), count(r.jobs), count(r.costed), money(r.cents)])}
            />
          );
        })}
      </Metric>
      <Metric id="costs.approvals">
        <NumbersTable
          caption="rep.turnaround"
          head={["rep.col.decided", "rep.col.median", "rep.col.p90", "rep.col.deemed", "rep.col.waitingNow"]}
          rows={[
            [
              count(data.approvals.decided),
              duration(data.approvals.medianHours),
              duration(data.approvals.p90Hours),
              count(data.approvals.deemed),
              count(data.approvals.pending),
            ],
          ]}
        />
      </Metric>
      <Metric id="costs.estimateVsActual">
        <NumbersTable
          caption="rep.estimateVsActual"
          head={["rep.col.jobs", "rep.col.approvedEstimates", "rep.col.actual", "rep.col.difference"]}
          rows={[[count(e.jobs), money(e.estimateCents), money(e.actualCents), money(e.deltaCents)]]}
        />
      </Metric>
    </>
  );
}
