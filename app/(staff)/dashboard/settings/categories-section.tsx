import { SpecForm } from "@/components/directory/spec-form";
import { buttonSecondary } from "@/components/ui/styles";
import { PRIORITIES } from "@/lib/directory/schemas";
import { settingsCategories } from "@/lib/settings/reads";
import { categoryOrderAction, saveCategoryAction } from "@/lib/actions/settings";
import { getT } from "@/lib/i18n/server";

const priorityOptions = [
  { value: "", label: "settings.cat.noPriority" },
  ...PRIORITIES.map((p) => ({ value: p, label: `priority.${p}` })),
];

export async function CategoriesSection({ orgId }: { orgId: string }) {
  const cats = await settingsCategories(orgId);
  const small = `${buttonSecondary} min-h-9 px-3 py-1`;
  const { t } = await getT();
  return (
    <section id="categories" aria-labelledby="cat-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="cat-h" className="text-lg font-semibold">
        {t("settings.categories")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("settings.cat.lead")}</p>
      <ol className="divide-y divide-slate-200">
        {cats.map((c, i) => (
          <li key={c.id} className="py-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{c.name}</span>
              {!c.active && <span className="rounded bg-slate-200 px-2 py-0.5 text-xs">{t("settings.inactive")}</span>}
              <form action={categoryOrderAction} className="ml-auto flex flex-wrap gap-2">
                <input type="hidden" name="categoryId" value={c.id} />
                <button
                  name="op"
                  value="up"
                  className={small}
                  disabled={i === 0}
                  aria-label={t("settings.cat.moveUp", { name: c.name })}
                >
                  {t("settings.cat.up")}
                </button>
                <button
                  name="op"
                  value="down"
                  className={small}
                  disabled={i === cats.length - 1}
                  aria-label={t("settings.cat.moveDown", { name: c.name })}
                >
                  {t("settings.cat.down")}
                </button>
                <button name="op" value={c.active ? "deactivate" : "activate"} className={small}>
                  {t(c.active ? "settings.cat.deactivate" : "settings.cat.reactivate", { name: c.name })}
                </button>
              </form>
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand underline">
                {t("settings.edit", { name: c.name })}
              </summary>
              <div className="mt-2">
                <SpecForm
                  action={saveCategoryAction}
                  idPrefix={`cat-${c.id}-`}
                  hidden={{ categoryId: c.id }}
                  submit={t("settings.cat.save", { name: c.name })}
                  fields={fields(c)}
                />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <h3 className="mb-2 mt-4 font-semibold">{t("settings.cat.addTitle")}</h3>
      <SpecForm action={saveCategoryAction} idPrefix="new-cat-" submit="settings.cat.add" fields={fields(null)} />
    </section>
  );
}

function fields(c: { name: string; examples: string[]; tips: string[]; defaultPriority: string | null } | null) {
  return [
    { name: "name", label: "settings.cat.name", value: c?.name },
    {
      name: "defaultPriority",
      label: "settings.cat.priority",
      kind: "select" as const,
      value: c?.defaultPriority ?? "",
      options: priorityOptions,
    },
    { name: "examples", label: "settings.cat.examples", kind: "textarea" as const, value: c?.examples.join("\n") },
    { name: "tips", label: "settings.cat.tips", kind: "textarea" as const, value: c?.tips.join("\n") },
  ];
}
