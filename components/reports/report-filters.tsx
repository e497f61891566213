// The reports' period and filters: a plain GET form, so it works before JavaScript and every view
// has its own address (to bookmark, share, or export with the same filters).
import { button, input, label } from "@/components/ui/styles";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportOptions } from "@/lib/reports/section-types";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";

const PERIODS = [
  ["30", "reports.last30"],
  ["90", "reports.last90"],
  ["365", "reports.last365"],
  ["custom", "reports.custom"],
] as const;
const PRIORITIES = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const;

function Choice({
  id,
  text,
  value,
  options,
  all,
}: {
  id: string;
  text: string;
  value?: string;
  options: { id: string; name: string }[];
  all: string;
}) {
  if (options.length === 0) return null;
  return (
    <div>
      <label htmlFor={`f-${id}`} className={label}>
        {text}
      </label>
      <select id={`f-${id}`} name={id} defaultValue={value ?? ""} className={input}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A custom period's day; described by the note beside the dates when there is one. */
function DateField({ id, text, value, noted }: { id: string; text: string; value: string; noted: boolean }) {
  return (
    <div>
      <label htmlFor={`f-${id}`} className={label}>
        {text}
      </label>
      <input
        id={`f-${id}`}
        name={id}
        type="date"
        defaultValue={value}
        aria-describedby={noted ? "f-period-note" : undefined}
        className={input}
      />
    </div>
  );
}

export async function ReportFiltersForm({
  action,
  section,
  filters,
  options,
}: {
  action: string;
  section: string;
  filters: ReportFilters;
  options: ReportOptions;
}) {
  const { t, locale } = await getT();
  // A custom period that could not be read, or was too long, is said next to its dates; what was
  // typed stays in the form, to correct.
  const asked = filters.asked;
  const note =
    filters.notice === "unreadable"
      ? t("reports.periodUnreadable")
      : filters.notice === "cut"
        ? t("reports.periodCut")
        : null;
  return (
    <form method="get" action={action} className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="section" value={section} />
      <div className="grid grid-cols-2 gap-x-2 gap-y-3 lg:grid-cols-4 lg:gap-x-3">
        <div>
          <label htmlFor="f-period" className={label}>
            {t("reports.period")}
          </label>
          <select id="f-period" name="period" defaultValue={asked ? "custom" : filters.period} className={input}>
            {PERIODS.map(([v, k]) => (
              <option key={v} value={v}>
                {t(k)}
              </option>
            ))}
          </select>
        </div>
        <DateField id="from" text={t("reports.from")} value={asked ? asked.from : filters.fromDate} noted={!!note} />
        <DateField id="to" text={t("reports.to")} value={asked ? asked.to : filters.toDate} noted={!!note} />
        {note && (
          <p id="f-period-note" role="status" className="col-span-2 text-sm font-medium text-amber-800 lg:col-span-4">
            {note}
          </p>
        )}
        <Choice
          id="priority"
          text={t("queue.priority")}
          value={filters.priority}
          options={PRIORITIES.map((p) => ({ id: p, name: t(`priority.${p}`) }))}
          all={t("reports.allPriorities")}
        />
        <Choice
          id="property"
          text={t("queue.property")}
          value={filters.propertyId}
          options={options.properties}
          all={t("reports.allProperties")}
        />
        <Choice
          id="category"
          text={t("queue.category")}
          value={filters.categoryId}
          options={options.categories.map((c) => ({ ...c, name: categoryName(c.name, locale) }))}
          all={t("reports.allCategories")}
        />
        <Choice
          id="vendor"
          text={t("queue.vendor")}
          value={filters.vendorId}
          options={options.vendors}
          all={t("reports.allVendors")}
        />
        <div className="flex items-end">
          <button type="submit" className={`${button} w-full`}>
            {t("audit.show")}
          </button>
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {t("reports.range", { from: filters.fromDate, to: filters.toDate })}
      </p>
    </form>
  );
}
