import { SpecForm } from "@/components/directory/spec-form";
import { buttonSecondary } from "@/components/ui/styles";
import { autoAssignSetup, onCallChains } from "@/lib/settings/reads";
import { deleteRuleAction, saveOnCallAction, saveRuleAction } from "@/lib/actions/settings";

export async function OnCallSection({ orgId, escalateMinutes }: { orgId: string; escalateMinutes: number }) {
  const properties = await onCallChains(orgId);
  return (
    <section id="on-call" aria-labelledby="oc-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="oc-h" className="text-lg font-semibold">
        On-call chains
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Emergencies page the first person, then the next every {escalateMinutes} minute
        {escalateMinutes === 1 ? "" : "s"} until someone responds (change the step in{" "}
        <a href="#timings" className="text-brand underline">
          Timings and thresholds
        </a>
        ).
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {properties.map((p) => (
          <div key={p.id}>
            <SpecForm
              action={saveOnCallAction}
              idPrefix={`oc-${p.id}-`}
              hidden={{ propertyId: p.id }}
              submit={`Save on-call for ${p.name}`}
              columns={false}
              fields={[
                {
                  name: "contacts",
                  label: `${p.name}: one a line, "Name, phone", in order`,
                  kind: "textarea",
                  value: p.onCall.map((c) => `${c.name}, ${c.phone}`).join("\n"),
                },
              ]}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

export async function RulesSection({ orgId }: { orgId: string }) {
  const { rules, categories, properties, vendors } = await autoAssignSetup(orgId);
  return (
    <section id="rules" aria-labelledby="rules-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="rules-h" className="text-lg font-semibold">
        Auto-assignment
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        A new request of this category (at this property, or anywhere) goes straight to the vendor, unless they are
        inactive, their papers have expired or they are full.
      </p>
      <ul className="mb-4 divide-y divide-slate-200">
        {rules.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span>
              {r.category.name} at {r.property?.name ?? "any property"} → <strong>{r.vendor.company}</strong>
              {!r.vendor.active && " (inactive)"}
            </span>
            <form action={deleteRuleAction}>
              <input type="hidden" name="ruleId" value={r.id} />
              <button className={`${buttonSecondary} min-h-9 py-1`}>Remove rule</button>
            </form>
          </li>
        ))}
        {!rules.length && <li className="py-2 text-sm text-slate-600">No rules: every request waits for a manager.</li>}
      </ul>
      <SpecForm
        action={saveRuleAction}
        idPrefix="rule-"
        submit="Save rule"
        fields={[
          {
            name: "categoryId",
            label: "Category",
            kind: "select",
            options: [{ value: "", label: "Choose…" }, ...categories.map((c) => ({ value: c.id, label: c.name }))],
          },
          {
            name: "propertyId",
            label: "Property",
            kind: "select",
            options: [{ value: "", label: "Any property" }, ...properties.map((p) => ({ value: p.id, label: p.name }))],
          },
          {
            name: "vendorId",
            label: "Vendor",
            kind: "select",
            options: [{ value: "", label: "Choose…" }, ...vendors.map((v) => ({ value: v.id, label: v.company }))],
          },
        ]}
      />
    </section>
  );
}
