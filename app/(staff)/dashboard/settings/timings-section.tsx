// Settings: the timings and thresholds that were once fixed (issue 18), each with the value it had
// then as its default, and a line saying what it changes.
import { SpecForm } from "@/components/directory/spec-form";
import { timingSettings } from "@/lib/settings/reads";
import { saveTimingsAction } from "@/lib/actions/settings";
import { getT } from "@/lib/i18n/server";
import { DEFAULT_TIMINGS, reminderDaysForInput, TIMING_BOUNDS } from "@/lib/timings";

const d = DEFAULT_TIMINGS;
const range = ([min, max]: readonly [number, number]) => `${min}–${max}`;
const b = TIMING_BOUNDS;

export async function TimingsSection({ orgId }: { orgId: string }) {
  const org = await timingSettings(orgId);
  const { t } = await getT();
  return (
    <section id="timings" aria-labelledby="timings-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="timings-h" className="text-lg font-semibold">
        {t("settings.timings")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("settings.timings.lead")}</p>
      <SpecForm
        action={saveTimingsAction}
        idPrefix="timings-"
        submit="settings.timings.save"
        fields={[
          {
            name: "escalateMinutes",
            label: "settings.timings.escalate",
            value: org.emergencyEscalateMinutes,
            hint: t("settings.timings.escalateHint", {
              range: range(b.escalateMinutes),
              usual: d.emergencyEscalateMinutes,
            }),
          },
          {
            name: "atRiskPercent",
            label: "settings.timings.atRisk",
            value: org.slaAtRiskPercent,
            hint: t("settings.timings.atRiskHint", { range: range(b.atRiskPercent), usual: d.slaAtRiskPercent }),
          },
          {
            name: "reopenDays",
            label: "settings.timings.reopen",
            value: org.reopenWindowDays,
            hint: t("settings.timings.reopenHint", { range: range(b.windowDays), usual: d.reopenWindowDays }),
          },
          {
            name: "callbackDays",
            label: "settings.timings.callback",
            value: org.callbackWindowDays,
            hint: t("settings.timings.callbackHint", { range: range(b.windowDays), usual: d.callbackWindowDays }),
          },
          {
            name: "lookbackMonths",
            label: "settings.timings.lookback",
            value: org.repeatLookbackMonths,
            hint: t("settings.timings.lookbackHint", { range: range(b.lookbackMonths), usual: d.repeatLookbackMonths }),
          },
          {
            name: "reminderDays",
            label: "settings.timings.reminders",
            value: reminderDaysForInput(org.paperReminderDays),
            hint: t("settings.timings.remindersHint", {
              max: b.reminders,
              from: b.reminderDays[0],
              to: b.reminderDays[1],
              example: reminderDaysForInput(d.paperReminderDays),
            }),
          },
        ]}
      />
    </section>
  );
}
