// Vendors side by side, what tenants said, and what the work cost.
import { BarChart, ColumnChart, NumbersTable } from "@/components/reports/charts";
import { Metric } from "@/components/reports/definition";
import { count, duration, money, rate, wholeDays } from "@/components/reports/format";
import { groupCell, type GroupLink } from "@/components/reports/speed-sla";
import type { CostsReport, TenantsReport, VendorsReport } from "@/lib/reports/types";

export function VendorsSection({ data, link }: { data: VendorsReport; link: GroupLink }) {
  return (
    <Metric id="vendors.table" vars={{ callbackWindow: wholeDays(data.callbackWindowDays) }}>
      <NumbersTable
        caption="Vendors and technicians side by side"
        head={[
          "Vendor",
          "Jobs",
          "Declined",
          "Lost",
          "Response median",
          "On time",
          "Complete median",
          "First-time fix",
          "Rating",
          "Average cost",
          "Total cost",
          "Over estimate",
        ]}
        rows={data.rows.map((v) => [
          v.vendorId
            ? groupCell({ dimension: "vendor", key: v.vendorId, label: v.name }, link)
            : `${v.name} (in-house)`,
          count(v.jobs),
          count(v.declined),
          count(v.lost),
          duration(v.medianResponseHours),
          rate(v.onTimeRate),
          duration(v.medianCompletionHours),
          rate(v.firstTimeFixRate),
          v.averageRating === null ? "—" : `${v.averageRating.toFixed(1)} (${count(v.ratings)})`,
          money(v.averageCostCents),
          money(v.totalCostCents),
          v.estimatedJobs ? `${money(v.overEstimateCents)} on ${count(v.estimatedJobs)}` : "—",
        ])}
      />
      <p className="mt-2 text-sm text-slate-600">
        First-time fix above 80% is excellent; a response under 4 hours is strong.
      </p>
    </Metric>
  );
}

export function TenantsSection({ data }: { data: TenantsReport }) {
  return (
    <>
      <Metric id="tenants.rating">
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">Average rating</dt>
            <dd className="text-2xl font-bold">{data.averageRating === null ? "—" : data.averageRating.toFixed(2)}</dd>
            <dd className="text-xs text-slate-600">Good: 4 or more</dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">Survey response rate</dt>
            <dd className="text-2xl font-bold">{rate(data.responseRate)}</dd>
            <dd className="text-xs text-slate-600">
              {count(data.rated)} of {count(data.closed)} closed
            </dd>
          </div>
        </dl>
        <BarChart
          id="ratings"
          title="Ratings, one to five stars"
          bars={data.distribution.map((n, i) => ({ label: `${i + 1} star${i ? "s" : ""}`, value: n }))}
          format={(v) => count(v)}
        />
        <NumbersTable
          caption="Ratings by stars"
          head={["Stars", "Ratings"]}
          rows={data.distribution.map((n, i) => [`${i + 1}`, count(n)])}
        />
      </Metric>
      <Metric id="tenants.selfHelp">
        <NumbersTable
          caption="Self-help deflection"
          head={["Tips shown", "“This fixed it”", "Deflection"]}
          rows={[[count(data.selfHelp.tipsShown), count(data.selfHelp.fixed), rate(data.selfHelp.deflectionRate)]]}
        />
      </Metric>
    </>
  );
}

export function CostsSection({ data, link }: { data: CostsReport; link: GroupLink }) {
  const dims = [
    ["property", "Property"],
    ["category", "Category"],
    ["vendor", "Vendor"],
  ] as const;
  const e = data.estimateVsActual;
  return (
    <>
      <Metric id="costs.spend">
        <ColumnChart
          id="spend-months"
          title="Spend by month, in dollars"
          series={["Spend"]}
          columns={data.months.map((m) => ({ label: m.month.slice(0, 7), values: [m.cents / 100] }))}
          format={(v) => `$${Math.round(v).toLocaleString("en-US")}`}
        />
        <NumbersTable
          collapsed
          caption="Spend by month"
          head={["Month", "Jobs", "Spend"]}
          rows={data.months.map((m) => [m.month.slice(0, 7), count(m.jobs), money(m.cents)])}
        />
        {dims.map(([dim, name]) => {
          const rows = data.spend.filter((r) => r.dimension === dim);
          if (rows.length === 0) return null;
          return (
            <NumbersTable
              key={dim}
              caption={`Spend by ${name.toLowerCase()}`}
              head={[name, "Jobs", "With a cost", "Spend"]}
              rows={rows.map((r) => [groupCell(r, link), count(r.jobs), count(r.costed), money(r.cents)])}
            />
          );
        })}
      </Metric>
      <Metric id="costs.approvals">
        <NumbersTable
          caption="Owner approval turnaround"
          head={["Decided", "Median", "90th percentile", "Deemed approved", "Waiting now"]}
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
          caption="Estimate against actual"
          head={["Jobs", "Approved estimates", "Actual", "Difference"]}
          rows={[[count(e.jobs), money(e.estimateCents), money(e.actualCents), money(e.deltaCents)]]}
        />
      </Metric>
    </>
  );
}
