// Volume and bottlenecks (throughput, backlog aging, stage and hold times) and repeat issues.
import { BarChart, ColumnChart, NumbersTable } from "@/components/reports/charts";
import { Metric } from "@/components/reports/definition";
import { bucketLabel, count, duration, wholeDays } from "@/components/reports/format";
import type { NumbersLink } from "@/components/reports/speed-sla";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import type { RepeatsReport, VolumeReport } from "@/lib/reports/types";

const STAGES = ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"];
const HOLDS = ["WAITING_FOR_PARTS", "WAITING_FOR_OWNER_APPROVAL", "NO_ACCESS", "TENANT_UNREACHABLE", "OTHER"];

export async function VolumeSection({ data, openQueue }: { data: VolumeReport; openQueue: string | null }) {
  const { t, locale } = await getT();
  return (
    <>
      <Metric id="volume.throughput">
        <ColumnChart
          id="throughput"
          title="rep.throughput"
          series={["rep.col.created", "rep.col.completed"]}
          columns={data.throughput.map((p) => ({
            label: bucketLabel(p.week, "week", locale),
            values: [p.created, p.completed],
          }))}
          format={(v) => count(Math.round(v))}
        />
        <NumbersTable
          collapsed
          caption="rep.throughput"
          head={["rep.col.weekOf", "rep.col.created", "rep.col.completed"]}
          rows={data.throughput.map((p) => [p.week, count(p.created), count(p.completed)])}
        />
      </Metric>
      <Metric id="volume.backlog">
        <p className="mt-2 text-sm">
          {t("rep.openNow", { n: count(data.backlogTotal) })}
          {openQueue && (
            <>
              {" · "}
              <a className="text-brand underline" href={openQueue}>
                {t("rep.seeInQueue")}
              </a>
            </>
          )}
        </p>
        <BarChart
          id="backlog"
          title="rep.backlogChart"
          bars={data.backlog.map((b) => ({ label: t("rep.bucketDays", { bucket: b.bucket }), value: b.count }))}
          format={(v) => count(v)}
        />
        <NumbersTable
          caption="rep.backlog"
          head={["rep.col.age", "rep.col.openWorkOrders"]}
          rows={data.backlog.map((b) => [t("rep.bucketDays", { bucket: b.bucket }), count(b.count)])}
        />
      </Metric>
      <Metric id="volume.stages">
        <NumbersTable
          caption="rep.stages"
          head={["rep.col.stage", "rep.col.finished", "rep.col.median", "rep.col.p90", "rep.col.inItNow"]}
          rows={data.stages.map((s) => [
            STAGES.includes(s.stage) ? `status.${s.stage}` : s.stage,
            count(s.stays),
            duration(s.medianHours),
            duration(s.p90Hours),
            count(s.current),
          ])}
        />
      </Metric>
      <Metric id="volume.holds">
        <NumbersTable
          caption="rep.holds"
          head={["rep.col.reason", "rep.col.holds", "rep.col.stillOnHold", "rep.col.median", "rep.col.total"]}
          rows={data.holds.map((h) => [
            HOLDS.includes(h.reason) ? `rep.hold.${h.reason}` : h.reason,
            count(h.holds),
            count(h.open),
            duration(h.medianHours),
            duration(h.totalHours),
          ])}
        />
      </Metric>
    </>
  );
}

export async function RepeatsSection({ data, numbers }: { data: RepeatsReport; numbers: NumbersLink }) {
  const { t, locale } = await getT();
  return (
    <>
      <Metric id="repeats.sameUnit">
        <NumbersTable
          caption="rep.sameUnit"
          head={["rep.col.unit", "rep.col.category", "rep.col.requests", "rep.col.workOrders"]}
          rows={data.sameUnit.map((r) => [
            `${r.property} ${r.unit}`,
            categoryName(r.category, locale),
            count(r.count),
            { text: r.trackingNumbers.map((n) => `#${n}`).join(" "), href: numbers?.(r.trackingNumbers) ?? undefined },
          ])}
        />
        {data.sameUnitTotal > data.sameUnit.length && (
          <p className="mt-1 text-sm text-slate-600">
            {t("rep.showingMost", { shown: count(data.sameUnit.length), all: count(data.sameUnitTotal) })}
          </p>
        )}
      </Metric>
      <Metric id="repeats.spikes">
        <NumbersTable
          caption="rep.spikes"
          head={[
            "rep.col.property",
            "rep.col.category",
            "rep.col.requests",
            "rep.col.units",
            "rep.col.previous",
            "rep.col.rising",
          ]}
          rows={data.spikes.map((s) => [
            s.property,
            categoryName(s.category, locale),
            count(s.count),
            count(s.units),
            count(s.previousCount),
            s.rising ? "rep.yes" : "rep.no",
          ])}
        />
      </Metric>
      <Metric id="repeats.callbacks" vars={{ callbackWindow: wholeDays(data.callbackWindowDays, t) }}>
        <NumbersTable
          caption={t("rep.callbacks", { n: data.callbackWindowDays })}
          head={["rep.col.workOrder", "rep.col.kind", "rep.col.followUp", "rep.col.when"]}
          rows={data.callbacks.map((c) => [
            { text: `#${c.trackingNumber}`, href: numbers?.([c.trackingNumber]) ?? undefined },
            c.kind === "REOPENED" ? "rep.reopened" : "rep.newRequest",
            c.followUpTrackingNumber ? `#${c.followUpTrackingNumber}` : "—",
            c.at.slice(0, 10),
          ])}
        />
      </Metric>
    </>
  );
}
