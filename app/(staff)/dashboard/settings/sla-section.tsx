import { SpecForm } from "@/components/directory/spec-form";
import { PRIORITIES } from "@/lib/directory/schemas";
import { slaTargets } from "@/lib/settings/reads";
import { saveSlaAction } from "@/lib/actions/settings";
import { getT } from "@/lib/i18n/server";

const hours = (m?: number) => (m == null ? "" : String(Math.round((m / 60) * 100) / 100));

export async function SlaSection({ orgId }: { orgId: string }) {
  const targets = await slaTargets(orgId);
  const { t } = await getT();
  return (
    <section id="sla" aria-labelledby="sla-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="sla-h" className="text-lg font-semibold">
        {t("settings.sla")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("settings.sla.lead")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {PRIORITIES.map((p) => {
          const target = targets.find((x) => x.priority === p);
          const word = t(`priority.${p}`);
          const lower = word.toLowerCase();
          return (
            <div
              key={p}
              className="rounded-md border border-slate-200 p-3"
              aria-label={t("settings.sla.group", { word })}
              role="group"
            >
              <h3 className="mb-2 font-semibold">{word}</h3>
              <SpecForm
                action={saveSlaAction}
                idPrefix={`sla-${p}-`}
                hidden={{ priority: p }}
                submit={t("settings.sla.save", { word: lower })}
                fields={[
                  {
                    name: "responseHours",
                    label: t("settings.sla.respond", { word }),
                    value: hours(target?.responseMinutes),
                    decimal: true,
                  },
                  {
                    name: "resolutionHours",
                    label: t("settings.sla.resolve", { word }),
                    value: hours(target?.resolutionMinutes),
                    decimal: true,
                  },
                  {
                    name: "businessTime",
                    label: t("settings.sla.business", { word }),
                    kind: "checkbox",
                    checked: target?.businessTime,
                  },
                ]}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
