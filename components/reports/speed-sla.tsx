// Speed and SLA sections: tables by group (each group links to its work orders in the queue),
// a chart of the spread between groups, the trend, and the breaches.
import Link from "next/link";
import { BarChart, ColumnChart, NumbersTable, type Cell } from "@/components/reports/charts";
import { Metric } from "@/components/reports/definition";
import { bucketLabel, count, days, duration, groupName, rate, DASH } from "@/components/reports/format";
import type { Dimension, GroupKey, SlaReport, SpeedReport } from "@/lib/reports/types";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";

/** A queue link for a group of the report, or null where there is no queue (owners). */
/** The queue behind a group's number: the work orders created in the period, or (`clock`) completed in it. */
export type GroupLink = ((g: Pick<GroupKey, "dimension" | "key">, clock?: "completed") => string | null) | null;
export type NumbersLink = ((numbers: number[]) => string | null) | null;

export const DIMENSIONS: Dimension[] = ["overall", "priority", "category", "property", "vendor"];

export function groupCell(g: GroupKey, link: GroupLink, locale: Locale): Cell {
  const href = link?.(g) ?? undefined;
  return { text: groupName(g, locale), href };
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

export async function SpeedSection({ data, link }: { data: SpeedReport; link: GroupLink }) {
  const { t, locale } = await getT();
  const overall = data.rows.find((r) => r.dimension === "overall");
  const sor = data.speedOfRepair;
  const byProperty = data.rows.filter((r) => r.dimension === "property");
  return (
    <>
      <Metric id="speed.speedOfRepair">
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label={t("rep.sorMean")} value={days(sor.meanDays, t)} note={t("rep.sorMeanNote")} />
          <Stat label={t("rep.sorMedian")} value={days(sor.medianDays, t)} note={t("rep.sorMedianNote")} />
          <Stat label={t("rep.completed")} value={count(sor.completed)} />
          <Stat
            label={t("rep.firstResponse")}
            value={duration(overall?.firstResponse.medianHours)}
            note={t("rep.firstResponseNote")}
          />
        </dl>
      </Metric>
      {DIMENSIONS.map((d) => {
        const rows = data.rows.filter((r) => r.dimension === d);
        if (d !== "overall" && rows.length === 0) return null;
        const heading = t(`rep.speed.${d}` as MessageKey);
        return (
          <section key={d} aria-labelledby={`speed-${d}`} className="mt-6">
            <h3 id={`speed-${d}`} className="font-semibold">
              {heading}
            </h3>
            <NumbersTable
              caption={t("rep.speedCaption", { speed: heading })}
              head={[
                "rep.col.group",
                "rep.col.workOrders",
                "rep.col.responseMedian",
                "rep.col.responseP90",
                "rep.col.scheduleMedian",
                "rep.col.completeMedian",
                "rep.col.completeP90",
                "rep.col.closeMedian",
              ]}
              rows={rows.map((r) => [
                groupCell(r, link, locale),
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
            {t("rep.spread")}
          </h3>
          <p className="text-sm text-slate-600">{t("rep.spreadLead")}</p>
          <BarChart
            id="speed-by-property"
            title="rep.spreadChart"
            bars={byProperty.map((r) => ({
              label: r.label,
              value: r.complete.medianHours === null ? null : r.complete.medianHours / 24,
            }))}
            format={(v) => `${v.toFixed(1)} d`}
            target={{ value: 5.5, label: "rep.wellReviewed" }}
          />
        </section>
      )}
      <Metric id="speed.trend">
        <ColumnChart
          id="speed-trend"
          title={data.trendUnit === "week" ? "rep.trendChart.week" : "rep.trendChart.month"}
          series={["rep.medianComplete"]}
          columns={data.trend.map((p) => ({
            label: bucketLabel(p.bucket, data.trendUnit, locale),
            values: [p.completeMedianHours === null ? null : p.completeMedianHours / 24],
          }))}
          format={(v) => `${v.toFixed(1)} d`}
        />
        <NumbersTable
          collapsed
          caption={data.trendUnit === "week" ? "rep.trend.week" : "rep.trend.month"}
          head={[
            data.trendUnit === "week" ? "rep.col.weekOf" : "rep.col.month",
            "rep.col.created",
            "rep.col.completed",
            "rep.col.responseMedian",
            "rep.col.completeMedian",
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

export async function SlaSection({
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
  const { t, locale } = await getT();
  const overall = data.rows.find((r) => r.dimension === "overall");
  const of = (hits: number, all: number) => t("rep.of", { hits: count(hits), all: count(all) });
  const byPriority = data.rows.filter((r) => r.dimension === "priority");
  const breached = [...new Set(data.breaches.map((b) => b.trackingNumber))];
  const allBreaches = numbers?.(breached) ?? null;
  return (
    <>
      <Metric id="sla.response">
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat
            label={t("rep.responseOnTime")}
            value={rate(overall?.response.rate)}
            note={overall ? of(overall.response.hits, overall.response.hits + overall.response.misses) : undefined}
          />
          <Stat
            label={t("rep.resolutionOnTime")}
            value={rate(overall?.resolution.rate)}
            note={
              overall ? of(overall.resolution.hits, overall.resolution.hits + overall.resolution.misses) : undefined
            }
          />
          <Stat label={t("rep.breaches")} value={count(data.breachCount)} />
        </dl>
        <BarChart
          id="sla-by-priority"
          title="rep.slaChart"
          bars={byPriority.map((r) => ({
            label: t(groupName(r, locale)),
            value: r.response.rate === null ? null : r.response.rate * 100,
          }))}
          format={(v) => `${Math.round(v)}%`}
        />
      </Metric>
      <Metric id="sla.resolution">
        {DIMENSIONS.filter((d) => d !== "overall").map((d) => {
          const rows = data.rows.filter((r) => r.dimension === d);
          if (rows.length === 0) return null;
          return (
            <NumbersTable
              key={d}
              caption={`rep.hit.${d}`}
              head={[
                `rep.dim.${d}`,
                "rep.responseOnTime",
                "rep.col.responseMissed",
                "rep.resolutionOnTime",
                "rep.col.resolutionMissed",
              ]}
              rows={rows.map((r) => [
                groupCell(r, link, locale),
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
              {t("rep.openThese", { n: count(breached.length) })}
            </Link>
          </p>
        )}
        <NumbersTable
          caption="rep.breachesCaption"
          head={["rep.col.workOrder", "rep.col.priority", "rep.col.missed", "rep.col.due", "rep.col.lateBy"]}
          rows={data.breaches.map((b) => [
            { text: `#${b.trackingNumber}`, href: numbers ? `/dashboard/work-orders/${b.trackingNumber}` : undefined },
            `priority.${b.priority}`,
            b.missed === "RESPONSE" ? "rep.response" : "rep.resolution",
            formatInZone(new Date(b.dueAt), timeZone, undefined, locale),
            b.metAt ? duration(b.hoursLate) : t("rep.stillOpen", { late: duration(b.hoursLate) }),
          ])}
        />
        {data.breachCount > data.breaches.length && (
          <p className="mt-1 text-sm text-slate-600">
            {t("rep.showing", { shown: count(data.breaches.length), all: count(data.breachCount) })}
          </p>
        )}
        {data.breaches.length === 0 && overall === undefined && <p className="text-sm text-slate-600">{DASH}</p>}
      </Metric>
    </>
  );
}
