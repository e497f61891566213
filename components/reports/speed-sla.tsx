// Speed and SLA sections: tables by group (each group links to its work orders in the queue),
// a chart of the spread between groups, the trend, and the breaches.
import Link from "next/link";
import { BarChart, ColumnChart, NumbersTable, type Cell } from "@/components/reports/charts";
import { Metric } from "@/components/reports/definition";
import { count, days, duration, rate, DASH } from "@/components/reports/format";
import type { Dimension, GroupKey, SlaReport, SpeedReport } from "@/lib/reports/types";
import { formatInZone } from "@/lib/time";

/** A queue link for a group of the report, or null where there is no queue (owners). */
export type GroupLink = ((g: Pick<GroupKey, "dimension" | "key">) => string | null) | null;
export type NumbersLink = ((numbers: number[]) => string | null) | null;

export const DIMENSIONS: { id: Dimension; name: string }[] = [
  { id: "overall", name: "All" },
  { id: "priority", name: "By priority" },
  { id: "category", name: "By category" },
  { id: "property", name: "By property" },
  { id: "vendor", name: "By vendor" },
];

// Priorities arrive as EMERGENCY…LOW; categories, properties and vendors keep their own spelling (HVAC).
const title = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
const groupName = (g: Pick<GroupKey, "dimension" | "label">) => (g.dimension === "priority" ? title(g.label) : g.label);

export function groupCell(g: GroupKey, link: GroupLink): Cell {
  const href = link?.(g) ?? undefined;
  return { text: groupName(g), href };
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
      {note && <dd className="text-xs text-slate-600">{note}</dd>}
    </div>
  );
}

export function SpeedSection({ data, link }: { data: SpeedReport; link: GroupLink }) {
  const overall = data.rows.find((r) => r.dimension === "overall");
  const sor = data.speedOfRepair;
  const byProperty = data.rows.filter((r) => r.dimension === "property");
  return (
    <>
      <Metric id="speed.speedOfRepair">
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="Speed of repair (mean)" value={days(sor.meanDays)} note="Property Meld 2025: 6.9 days" />
          <Stat label="Speed of repair (median)" value={days(sor.medianDays)} note="Well-reviewed: 5.5 days or less" />
          <Stat label="Completed" value={count(sor.completed)} />
          <Stat
            label="First response (median)"
            value={duration(overall?.firstResponse.medianHours)}
            note="Strong: under 4 h"
          />
        </dl>
      </Metric>
      {DIMENSIONS.map((d) => {
        const rows = data.rows.filter((r) => r.dimension === d.id);
        if (d.id !== "overall" && rows.length === 0) return null;
        return (
          <section key={d.id} aria-labelledby={`speed-${d.id}`} className="mt-6">
            <h3 id={`speed-${d.id}`} className="font-semibold">
              Speed {d.name.toLowerCase()}
            </h3>
            <NumbersTable
              caption={`Speed ${d.name.toLowerCase()}: median and 90th percentile`}
              head={[
                "Group",
                "Work orders",
                "Response median",
                "Response p90",
                "Schedule median",
                "Complete median",
                "Complete p90",
                "Close median",
              ]}
              rows={rows.map((r) => [
                groupCell(r, link),
                count(r.workOrders),
                duration(r.firstResponse.medianHours),
                duration(r.firstResponse.p90Hours),
                duration(r.schedule.medianHours),
                duration(r.complete.medianHours),
                duration(r.complete.p90Hours),
                duration(r.close.medianHours),
              ])}
            />
          </section>
        );
      })}
      {byProperty.length > 0 && (
        <section aria-labelledby="speed-spread" className="mt-6">
          <h3 id="speed-spread" className="font-semibold">
            Time to complete, spread between properties
          </h3>
          <p className="text-sm text-slate-600">
            A wide gap between properties is a problem even when the average is good: it makes the operation
            unpredictable.
          </p>
          <BarChart
            id="speed-by-property"
            title="Median time to complete by property, in days"
            bars={byProperty.map((r) => ({
              label: r.label,
              value: r.complete.medianHours === null ? null : r.complete.medianHours / 24,
            }))}
            format={(v) => `${v.toFixed(1)} d`}
            target={{ value: 5.5, label: "Well-reviewed operators" }}
          />
        </section>
      )}
      <Metric id="speed.trend">
        <ColumnChart
          id="speed-trend"
          title={`Median time to complete, by ${data.trendUnit} of creation, in days`}
          series={["Median time to complete"]}
          columns={data.trend.map((p) => ({
            label: p.bucket.slice(5),
            values: [p.completeMedianHours === null ? null : p.completeMedianHours / 24],
          }))}
          format={(v) => `${v.toFixed(1)} d`}
        />
        <NumbersTable
          collapsed
          caption={`Trend by ${data.trendUnit}`}
          head={[
            data.trendUnit === "week" ? "Week of" : "Month",
            "Created",
            "Completed",
            "Response median",
            "Complete median",
          ]}
          rows={data.trend.map((p) => [
            p.bucket,
            count(p.workOrders),
            count(p.completed),
            duration(p.firstResponseMedianHours),
            duration(p.completeMedianHours),
          ])}
        />
      </Metric>
    </>
  );
}

export function SlaSection({
  data,
  link,
  numbers,
  timeZone,
}: {
  data: SlaReport;
  link: GroupLink;
  numbers: NumbersLink;
  timeZone: string;
}) {
  const overall = data.rows.find((r) => r.dimension === "overall");
  const byPriority = data.rows.filter((r) => r.dimension === "priority");
  const breached = [...new Set(data.breaches.map((b) => b.trackingNumber))];
  const allBreaches = numbers?.(breached) ?? null;
  return (
    <>
      <Metric id="sla.response">
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat
            label="Response on time"
            value={rate(overall?.response.rate)}
            note={
              overall
                ? `${count(overall.response.hits)} of ${count(overall.response.hits + overall.response.misses)}`
                : undefined
            }
          />
          <Stat
            label="Resolution on time"
            value={rate(overall?.resolution.rate)}
            note={
              overall
                ? `${count(overall.resolution.hits)} of ${count(overall.resolution.hits + overall.resolution.misses)}`
                : undefined
            }
          />
          <Stat label="Breaches" value={count(data.breachCount)} />
        </dl>
        <BarChart
          id="sla-by-priority"
          title="Response on time, by priority (percent)"
          bars={byPriority.map((r) => ({
            label: groupName(r),
            value: r.response.rate === null ? null : r.response.rate * 100,
          }))}
          format={(v) => `${Math.round(v)}%`}
        />
      </Metric>
      <Metric id="sla.resolution">
        {DIMENSIONS.filter((d) => d.id !== "overall").map((d) => {
          const rows = data.rows.filter((r) => r.dimension === d.id);
          if (rows.length === 0) return null;
          return (
            <NumbersTable
              key={d.id}
              caption={`Hit rates ${d.name.toLowerCase()}`}
              head={[
                d.name.replace("By ", "").replace(/^./, (c) => c.toUpperCase()),
                "Response on time",
                "Response missed",
                "Resolution on time",
                "Resolution missed",
              ]}
              rows={rows.map((r) => [
                groupCell(r, link),
                rate(r.response.rate),
                count(r.response.misses),
                rate(r.resolution.rate),
                count(r.resolution.misses),
              ])}
            />
          );
        })}
      </Metric>
      <Metric id="sla.breaches">
        {allBreaches && data.breaches.length > 0 && (
          <p className="mt-2 text-sm">
            <Link className="text-brand underline" href={allBreaches}>
              Open these {count(breached.length)} work orders in the queue
            </Link>
          </p>
        )}
        <NumbersTable
          caption="Breaches, latest first"
          head={["Work order", "Priority", "Missed", "Due", "Late by"]}
          rows={data.breaches.map((b) => [
            { text: `#${b.trackingNumber}`, href: numbers ? `/dashboard/work-orders/${b.trackingNumber}` : undefined },
            title(b.priority),
            b.missed === "RESPONSE" ? "Response" : "Resolution",
            formatInZone(new Date(b.dueAt), timeZone),
            b.metAt ? duration(b.hoursLate) : `${duration(b.hoursLate)} (still open)`,
          ])}
        />
        {data.breachCount > data.breaches.length && (
          <p className="mt-1 text-sm text-slate-600">
            Showing the {count(data.breaches.length)} latest of {count(data.breachCount)}.
          </p>
        )}
        {data.breaches.length === 0 && overall === undefined && <p className="text-sm text-slate-600">{DASH}</p>}
      </Metric>
    </>
  );
}
