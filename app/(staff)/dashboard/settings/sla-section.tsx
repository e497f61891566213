import { SpecForm } from "@/components/directory/spec-form";
import { PRIORITIES } from "@/lib/directory/schemas";
import { slaTargets } from "@/lib/settings/reads";
import { saveSlaAction } from "@/lib/actions/settings";

const hours = (m?: number) => (m == null ? "" : String(Math.round((m / 60) * 100) / 100));

export async function SlaSection({ orgId }: { orgId: string }) {
  const targets = await slaTargets(orgId);
  return (
    <section id="sla" aria-labelledby="sla-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="sla-h" className="text-lg font-semibold">
        SLA targets
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        New work orders get these; open ones keep the due times they were given.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {PRIORITIES.map((p) => {
          const t = targets.find((x) => x.priority === p);
          const word = p.charAt(0) + p.slice(1).toLowerCase();
          return (
            <div key={p} className="rounded-md border border-slate-200 p-3" aria-label={`${word} targets`} role="group">
              <h3 className="mb-2 font-semibold">{word}</h3>
              <SpecForm
                action={saveSlaAction}
                idPrefix={`sla-${p}-`}
                hidden={{ priority: p }}
                submit={`Save ${word.toLowerCase()} targets`}
                fields={[
                  {
                    name: "responseHours",
                    label: `${word}: respond within (hours)`,
                    value: hours(t?.responseMinutes),
                    decimal: true,
                  },
                  {
                    name: "resolutionHours",
                    label: `${word}: resolve within (hours)`,
                    value: hours(t?.resolutionMinutes),
                    decimal: true,
                  },
                  {
                    name: "businessTime",
                    label: `${word}: count business hours only`,
                    kind: "checkbox",
                    checked: t?.businessTime,
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
