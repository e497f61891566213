// The reports' period and filters: a plain GET form, so it works before JavaScript and every view
// has its own address (to bookmark, share, or export with the same filters).
import { button, input, label } from "@/components/ui/styles";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportOptions } from "@/lib/reports/section-types";

const PERIODS = [
  ["30", "Last 30 days"],
  ["90", "Last 90 days"],
  ["365", "Last 365 days"],
  ["custom", "Custom dates"],
] as const;
const PRIORITIES = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const;
const title = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

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

export function ReportFiltersForm({
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
  return (
    <form method="get" action={action} className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="section" value={section} />
      <div className="grid grid-cols-2 gap-x-2 gap-y-3 lg:grid-cols-4 lg:gap-x-3">
        <div>
          <label htmlFor="f-period" className={label}>
            Period
          </label>
          <select id="f-period" name="period" defaultValue={filters.period} className={input}>
            {PERIODS.map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={label}>
            From (custom)
          </label>
          <input id="f-from" name="from" type="date" defaultValue={filters.fromDate} className={input} />
        </div>
        <div>
          <label htmlFor="f-to" className={label}>
            To (custom)
          </label>
          <input id="f-to" name="to" type="date" defaultValue={filters.toDate} className={input} />
        </div>
        <Choice
          id="priority"
          text="Priority"
          value={filters.priority}
          options={PRIORITIES.map((p) => ({ id: p, name: title(p) }))}
          all="All priorities"
        />
        <Choice
          id="property"
          text="Property"
          value={filters.propertyId}
          options={options.properties}
          all="All properties"
        />
        <Choice
          id="category"
          text="Category"
          value={filters.categoryId}
          options={options.categories}
          all="All categories"
        />
        <Choice id="vendor" text="Vendor" value={filters.vendorId} options={options.vendors} all="All vendors" />
        <div className="flex items-end">
          <button type="submit" className={`${button} w-full`}>
            Show
          </button>
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {filters.fromDate} to {filters.toDate}, in the organisation&apos;s time zone. Custom dates apply when the period
        is “Custom dates”.
      </p>
    </form>
  );
}
