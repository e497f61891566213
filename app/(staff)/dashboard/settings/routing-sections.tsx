import { SpecForm } from "@/components/directory/spec-form";
import { buttonSecondary } from "@/components/ui/styles";
import { autoAssignSetup, onCallChains } from "@/lib/settings/reads";
import { deleteRuleAction, saveOnCallAction, saveRuleAction } from "@/lib/actions/settings";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";

export async function OnCallSection({ orgId, escalateMinutes }: { orgId: string; escalateMinutes: number }) {
  const properties = await onCallChains(orgId);
  const { t } = await getT();
  return (
    <section id="on-call" aria-labelledby="oc-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="oc-h" className="text-lg font-semibold">
        {t("settings.onCall")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {t("settings.onCall.lead", { n: escalateMinutes })}{" "}
        <a href="#timings" className="text-brand underline">
          {t("settings.timings")}
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
              submit={t("settings.onCall.save", { name: p.name })}
              columns={false}
              fields={[
                {
                  name: "contacts",
                  label: t("settings.onCall.contacts", { name: p.name }),
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
  const { t, locale } = await getT();
  return (
    <section id="rules" aria-labelledby="rules-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="rules-h" className="text-lg font-semibold">
        {t("settings.rules")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("settings.rules.lead")}</p>
      <ul className="mb-4 divide-y divide-slate-200">
        {rules.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span>
              {t("settings.rules.where", {
                category: categoryName(r.category.name, locale),
                property: r.property?.name ?? t("settings.rules.anyProperty"),
              })}{" "}
              → <strong>{r.vendor.company}</strong>
              {!r.vendor.active && ` (${t("settings.inactive")})`}
            </span>
            <form action={deleteRuleAction}>
              <input type="hidden" name="ruleId" value={r.id} />
              <button className={`${buttonSecondary} min-h-9 py-1`}>{t("settings.rules.remove")}</button>
            </form>
          </li>
        ))}
        {!rules.length && <li className="py-2 text-sm text-slate-600">{t("settings.rules.none")}</li>}
      </ul>
      <SpecForm
        action={saveRuleAction}
        idPrefix="rule-"
        submit="settings.rules.save"
        fields={[
          {
            name: "categoryId",
            label: "settings.rules.category",
            kind: "select",
            options: [
              { value: "", label: "staffWo.choose" },
              ...categories.map((c) => ({ value: c.id, label: categoryName(c.name, locale) })),
            ],
          },
          {
            name: "propertyId",
            label: "settings.rules.property",
            kind: "select",
            options: [
              { value: "", label: "settings.rules.anyPropertyOption" },
              ...properties.map((p) => ({ value: p.id, label: p.name })),
            ],
          },
          {
            name: "vendorId",
            label: "settings.rules.vendor",
            kind: "select",
            options: [
              { value: "", label: "staffWo.choose" },
              ...vendors.map((v) => ({ value: v.id, label: v.company })),
            ],
          },
        ]}
      />
    </section>
  );
}
