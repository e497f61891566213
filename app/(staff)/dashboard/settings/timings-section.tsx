// Settings: the timings and thresholds that were once fixed (issue 18), each with the value it had
// then as its default, and a line saying what it changes.
import { SpecForm } from "@/components/directory/spec-form";
import { timingSettings } from "@/lib/settings/reads";
import { saveTimingsAction } from "@/lib/actions/settings";
import { DEFAULT_TIMINGS, reminderDaysForInput, TIMING_BOUNDS } from "@/lib/timings";

const d = DEFAULT_TIMINGS;
const range = ([min, max]: readonly [number, number]) => `${min}–${max}`;
const b = TIMING_BOUNDS;

export async function TimingsSection({ orgId }: { orgId: string }) {
  const org = await timingSettings(orgId);
  return (
    <section id="timings" aria-labelledby="timings-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="timings-h" className="text-lg font-semibold">
        Timings and thresholds
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        How long the portal waits before it acts, and how far back it looks. Each starts at the value most teams use.
      </p>
      <SpecForm
        action={saveTimingsAction}
        idPrefix="timings-"
        submit="Save timings and thresholds"
        fields={[
          {
            name: "escalateMinutes",
            label: "Page the next on-call contact after (minutes)",
            value: org.emergencyEscalateMinutes,
            hint: `An emergency nobody has answered goes down the on-call chain one contact per step. ${range(b.escalateMinutes)}; usually ${d.emergencyEscalateMinutes}.`,
          },
          {
            name: "atRiskPercent",
            label: "SLA at risk after (% of the target's time)",
            value: org.slaAtRiskPercent,
            hint: `Managers are alerted and the queue turns amber at this share of the time. New work orders use it. ${range(b.atRiskPercent)}; usually ${d.slaAtRiskPercent}.`,
          },
          {
            name: "reopenDays",
            label: "Closed requests can be reopened for (days)",
            value: org.reopenWindowDays,
            hint: `After closing, staff can reopen a request with the same vendor (a callback) for this long. ${range(b.windowDays)}; usually ${d.reopenWindowDays}.`,
          },
          {
            name: "callbackDays",
            label: "Count a callback within (days of completion)",
            value: org.callbackWindowDays,
            hint: `A new request for the same unit and category this soon after a vendor's completion is a callback: flagged on the work order, in Reports and against first-time fix. ${range(b.windowDays)}; usually ${d.callbackWindowDays}.`,
          },
          {
            name: "lookbackMonths",
            label: "Look for repeat requests over (months)",
            value: org.repeatLookbackMonths,
            hint: `A work order lists the unit's earlier requests of its category from this far back. ${range(b.lookbackMonths)}; usually ${d.repeatLookbackMonths}.`,
          },
          {
            name: "reminderDays",
            label: "Remind vendors before papers expire (days)",
            value: reminderDaysForInput(org.paperReminderDays),
            hint: `Insurance and licence reminders, each sent once: one to ${b.reminders} numbers from ${b.reminderDays[0]} to ${b.reminderDays[1]}, like ${reminderDaysForInput(d.paperReminderDays)}.`,
          },
        ]}
      />
    </section>
  );
}
