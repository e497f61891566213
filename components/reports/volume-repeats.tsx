// Volume and bottlenecks (throughput, backlog aging, stage and hold times) and repeat issues.
import { BarChart, ColumnChart, NumbersTable } from "@/components/reports/charts";
import { Metric } from "@/components/reports/definition";
import { count, duration, wholeDays } from "@/components/reports/format";
import type { NumbersLink } from "@/components/reports/speed-sla";
import type { RepeatsReport, VolumeReport } from "@/lib/reports/types";

const STAGE: Record<string, string> = {
  NEW: "New",
  ASSIGNED: "Assigned",
  SCHEDULED: "Scheduled",
  COMPLETED: "Completed",
};
const HOLD: Record<string, string> = {
  WAITING_FOR_PARTS: "Waiting for parts",
  WAITING_FOR_OWNER_APPROVAL: "Waiting for owner approval",
  NO_ACCESS: "No access",
  TENANT_UNREACHABLE: "Tenant unreachable",
  OTHER: "Other",
};

export function VolumeSection({ data, openQueue }: { data: VolumeReport; openQueue: string | null }) {
  return (
    <>
      <Metric id="volume.throughput">
        <ColumnChart
          id="throughput"
          title="Requests in and out per week"
          series={["Created", "Completed"]}
          columns={data.throughput.map((p) => ({ label: p.week.slice(5), values: [p.created, p.completed] }))}
          format={(v) => count(Math.round(v))}
        />
        <NumbersTable
          collapsed
          caption="Requests in and out per week"
          head={["Week of", "Created", "Completed"]}
          rows={data.throughput.map((p) => [p.week, count(p.created), count(p.completed)])}
        />
      </Metric>
      <Metric id="volume.backlog">
        <p className="mt-2 text-sm">
          {count(data.backlogTotal)} open now
          {openQueue && (
            <>
              {" · "}
              <a className="text-brand underline" href={openQueue}>
                see them in the queue
              </a>
            </>
          )}
        </p>
        <BarChart
          id="backlog"
          title="Open work orders by age, in days"
          bars={data.backlog.map((b) => ({ label: `${b.bucket} days`, value: b.count }))}
          format={(v) => count(v)}
        />
        <NumbersTable
          caption="Open backlog by age"
          head={["Age", "Open work orders"]}
          rows={data.backlog.map((b) => [`${b.bucket} days`, count(b.count)])}
        />
      </Metric>
      <Metric id="volume.stages">
        <NumbersTable
          caption="Time in each stage"
          head={["Stage", "Finished stays", "Median", "90th percentile", "In it now"]}
          rows={data.stages.map((s) => [
            STAGE[s.stage] ?? s.stage,
            count(s.stays),
            duration(s.medianHours),
            duration(s.p90Hours),
            count(s.current),
          ])}
        />
      </Metric>
      <Metric id="volume.holds">
        <NumbersTable
          caption="Time on hold by reason"
          head={["Reason", "Holds", "Still on hold", "Median", "Total"]}
          rows={data.holds.map((h) => [
            HOLD[h.reason] ?? h.reason,
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

export function RepeatsSection({ data, numbers }: { data: RepeatsReport; numbers: NumbersLink }) {
  return (
    <>
      <Metric id="repeats.sameUnit">
        <NumbersTable
          caption="Repeat issues in the same unit and category"
          head={["Unit", "Category", "Requests", "Work orders"]}
          rows={data.sameUnit.map((r) => [
            `${r.property} ${r.unit}`,
            r.category,
            count(r.count),
            { text: r.trackingNumbers.map((n) => `#${n}`).join(" "), href: numbers?.(r.trackingNumbers) ?? undefined },
          ])}
        />
      </Metric>
      <Metric id="repeats.spikes">
        <NumbersTable
          caption="Categories spiking across a property"
          head={["Property", "Category", "Requests", "Units", "Previous period", "Rising"]}
          rows={data.spikes.map((s) => [
            s.property,
            s.category,
            count(s.count),
            count(s.units),
            count(s.previousCount),
            s.rising ? "Yes" : "No",
          ])}
        />
      </Metric>
      <Metric id="repeats.callbacks" vars={{ callbackWindow: wholeDays(data.callbackWindowDays) }}>
        <NumbersTable
          caption={`Callbacks within ${wholeDays(data.callbackWindowDays)} of completion`}
          head={["Work order", "Kind", "Follow-up", "When"]}
          rows={data.callbacks.map((c) => [
            { text: `#${c.trackingNumber}`, href: numbers?.([c.trackingNumber]) ?? undefined },
            c.kind === "REOPENED" ? "Reopened" : "New request",
            c.followUpTrackingNumber ? `#${c.followUpTrackingNumber}` : "—",
            c.at.slice(0, 10),
          ])}
        />
      </Metric>
    </>
  );
}
