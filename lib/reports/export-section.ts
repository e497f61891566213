// A report section as CSV: each of its tables as a block (a title line, a header, the rows, a blank
// line), with the same numbers the page shows, unrounded: hours and rates as decimals, money in dollars.
import { BOM, csvLine, type CsvValue } from "@/lib/csv";
import type { SectionData } from "@/lib/reports/section-types";
import type { DurationStat, GroupKey } from "@/lib/reports/types";

type Block = { title: string; head: string[]; rows: CsvValue[][] };

const usd = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));
const group = (g: GroupKey): CsvValue[] => [g.dimension, g.key, g.label];
const stat = (d: DurationStat): CsvValue[] => [d.count, d.medianHours, d.p90Hours, d.meanHours];
const statHead = (name: string) => [`${name}_n`, `${name}_median_h`, `${name}_p90_h`, `${name}_mean_h`];

function blocks(view: SectionData): Block[] {
  switch (view.section) {
    case "speed": {
      const d = view.data;
      return [
        {
          title: "Speed by group",
          head: [
            "dimension",
            "key",
            "group",
            "work_orders",
            ...["response", "schedule", "complete", "close"].flatMap(statHead),
          ],
          rows: d.rows.map((r) => [
            ...group(r),
            r.workOrders,
            ...stat(r.firstResponse),
            ...stat(r.schedule),
            ...stat(r.complete),
            ...stat(r.close),
          ]),
        },
        {
          title: `Trend by ${d.trendUnit}`,
          head: ["bucket", "created", "completed", "response_median_h", "complete_median_h"],
          rows: d.trend.map((p) => [
            p.bucket,
            p.workOrders,
            p.completed,
            p.firstResponseMedianHours,
            p.completeMedianHours,
          ]),
        },
        {
          title: "Speed of repair",
          head: ["completed", "mean_days", "median_days"],
          rows: [[d.speedOfRepair.completed, d.speedOfRepair.meanDays, d.speedOfRepair.medianDays]],
        },
      ];
    }
    case "sla":
      return [
        {
          title: "SLA hit rates",
          head: [
            "dimension",
            "key",
            "group",
            "response_hits",
            "response_misses",
            "response_rate",
            "resolution_hits",
            "resolution_misses",
            "resolution_rate",
          ],
          rows: view.data.rows.map((r) => [
            ...group(r),
            r.response.hits,
            r.response.misses,
            r.response.rate,
            r.resolution.hits,
            r.resolution.misses,
            r.resolution.rate,
          ]),
        },
        {
          title: `Breaches (${view.data.breaches.length} latest of ${view.data.breachCount})`,
          head: ["tracking_number", "priority", "missed", "due_at", "met_at", "hours_late"],
          rows: view.data.breaches.map((b) => [b.trackingNumber, b.priority, b.missed, b.dueAt, b.metAt, b.hoursLate]),
        },
      ];
    case "volume":
      return [
        {
          title: "Throughput per week",
          head: ["week", "created", "completed"],
          rows: view.data.throughput.map((p) => [p.week, p.created, p.completed]),
        },
        {
          title: "Open backlog by age",
          head: ["age_days", "open"],
          rows: view.data.backlog.map((b) => [b.bucket, b.count]),
        },
        {
          title: "Time in each stage",
          head: ["stage", "stays", "median_h", "p90_h", "in_it_now"],
          rows: view.data.stages.map((s) => [s.stage, s.stays, s.medianHours, s.p90Hours, s.current]),
        },
        {
          title: "Time on hold by reason",
          head: ["reason", "holds", "still_on_hold", "median_h", "total_h"],
          rows: view.data.holds.map((h) => [h.reason, h.holds, h.open, h.medianHours, h.totalHours]),
        },
      ];
    case "repeats":
      return [
        {
          title: `Same unit and category (${view.data.sameUnit.length} with the most requests of ${view.data.sameUnitTotal})`,
          head: ["property", "unit", "category", "requests", "tracking_numbers"],
          rows: view.data.sameUnit.map((r) => [r.property, r.unit, r.category, r.count, r.trackingNumbers.join(" ")]),
        },
        {
          title: "Category spikes",
          head: ["property", "category", "requests", "units", "previous_period", "rising"],
          rows: view.data.spikes.map((s) => [s.property, s.category, s.count, s.units, s.previousCount, s.rising]),
        },
        {
          title: `Callbacks (a new request within ${view.data.callbackWindowDays} days of the completion counts)`,
          head: ["tracking_number", "kind", "follow_up", "at"],
          rows: view.data.callbacks.map((c) => [c.trackingNumber, c.kind, c.followUpTrackingNumber, c.at]),
        },
      ];
    case "vendors":
      return [
        {
          title: "Vendors",
          head: [
            "kind",
            "id",
            "name",
            "jobs",
            "declined",
            "lost",
            "response_median_h",
            "on_time_rate",
            "complete_median_h",
            "first_time_fix_rate",
            "average_rating",
            "ratings",
            "average_cost",
            "total_cost",
            "over_estimate",
            "estimated_jobs",
          ],
          rows: view.data.rows.map((v) => [
            v.kind,
            v.id,
            v.name,
            v.jobs,
            v.declined,
            v.lost,
            v.medianResponseHours,
            v.onTimeRate,
            v.medianCompletionHours,
            v.firstTimeFixRate,
            v.averageRating,
            v.ratings,
            usd(v.averageCostCents),
            usd(v.totalCostCents),
            usd(v.overEstimateCents),
            v.estimatedJobs,
          ]),
        },
      ];
    case "tenants": {
      const d = view.data;
      return [
        {
          title: "Tenants",
          head: [
            "closed",
            "rated",
            "response_rate",
            "average_rating",
            "stars_1",
            "stars_2",
            "stars_3",
            "stars_4",
            "stars_5",
            "tips_shown",
            "fixed_by_tips",
            "deflection_rate",
          ],
          rows: [
            [
              d.closed,
              d.rated,
              d.responseRate,
              d.averageRating,
              ...d.distribution,
              d.selfHelp.tipsShown,
              d.selfHelp.fixed,
              d.selfHelp.deflectionRate,
            ],
          ],
        },
      ];
    }
    case "costs": {
      const d = view.data;
      return [
        {
          title: "Spend by group",
          head: ["dimension", "key", "group", "jobs", "with_cost", "spend"],
          rows: d.spend.map((r) => [...group(r), r.jobs, r.costed, usd(r.cents)]),
        },
        {
          title: "Spend by month",
          head: ["month", "jobs", "spend"],
          rows: d.months.map((m) => [m.month, m.jobs, usd(m.cents)]),
        },
        {
          title: "Owner approval turnaround",
          head: ["decided", "median_h", "p90_h", "deemed", "pending"],
          rows: [
            [
              d.approvals.decided,
              d.approvals.medianHours,
              d.approvals.p90Hours,
              d.approvals.deemed,
              d.approvals.pending,
            ],
          ],
        },
        {
          title: "Estimate against actual",
          head: ["jobs", "approved_estimates", "actual", "difference"],
          rows: [
            [
              d.estimateVsActual.jobs,
              usd(d.estimateVsActual.estimateCents),
              usd(d.estimateVsActual.actualCents),
              usd(d.estimateVsActual.deltaCents),
            ],
          ],
        },
      ];
    }
  }
}

/** The section's CSV, with a first line saying what it covers. */
export function sectionCsv(view: SectionData, about: string): string {
  return (
    BOM +
    csvLine([about]) +
    "\r\n" +
    blocks(view)
      .map((b) => csvLine([b.title]) + csvLine(b.head) + b.rows.map(csvLine).join(""))
      .join("\r\n")
  );
}
