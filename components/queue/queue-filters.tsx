// The queue's filters: a plain GET form, so every filter is in the URL and works without JavaScript.
// Search and sort stay in sight; the rest folds into a <details> (open while any is in use).
import Link from "next/link";
import { categoryName } from "@/lib/i18n/categories";
import { formatDay } from "@/lib/time";
import { AGES, PRIORITIES, SORTS, createdDays, queueHref, type QueueFilter } from "@/lib/work-orders/queue-filter";
import type { QueueCounts } from "@/lib/work-orders/queue-types";
import { getT } from "@/lib/i18n/server";
import { NO_ONE_RESPONSIBLE, countText, priorityKey, sortKey, statusKey } from "./labels";
import { ALL_STATUSES } from "@/lib/work-orders/transitions";

type Option = { id: string; name: string };
type Props = {
  filter: QueueFilter;
  counts: QueueCounts;
  properties: Option[];
  categories: Option[];
  vendors: Option[];
  people: Option[];
  /** The organisation's: a report's period is whole days there. */
  timeZone: string;
};

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
const lbl = "block text-sm font-semibold text-slate-800";

function Select({
  name,
  label,
  value,
  children,
}: {
  name: string;
  label: string;
  value?: string | number;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label className={lbl} htmlFor={`f-${name}`}>
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className={field}>
        {children}
      </select>
    </div>
  );
}

export async function QueueFilters({ filter: f, counts, properties, categories, vendors, people, timeZone }: Props) {
  const { t, locale } = await getT();
  const days = createdDays(f, timeZone);
  const count = (n: number | undefined) => countText(n ?? 0, locale);
  const active = Boolean(
    f.status !== "OPEN" ||
    f.priority ||
    f.categoryId ||
    f.propertyId ||
    f.vendorId ||
    f.responsible ||
    f.onHold ||
    f.sla ||
    f.olderThanDays,
  );
  return (
    <form
      method="get"
      action="/dashboard"
      role="search"
      aria-label={t("queue.filters")}
      className="mt-4 rounded-lg border border-slate-200 bg-white p-3"
    >
      {f.view === "board" && <input type="hidden" name="view" value="board" />}
      {f.saved && <input type="hidden" name="saved" value={f.saved} />}
      {f.createdFrom && <input type="hidden" name="from" value={f.createdFrom.toISOString()} />}
      {f.createdTo && <input type="hidden" name="to" value={f.createdTo.toISOString()} />}
      {f.periodClock && <input type="hidden" name="clock" value={f.periodClock} />}
      {f.numbers && <input type="hidden" name="n" value={f.numbers.join(",")} />}
      {(f.createdFrom || f.createdTo || f.numbers) && (
        <p role="status" className="mb-3 rounded-md bg-sky-50 p-2 text-sm text-sky-900">
          {f.numbers
            ? t("queue.fromReportNumbers", { n: f.numbers.length })
            : t(f.periodClock === "completed" ? "queue.fromReportCompleted" : "queue.fromReportDates", {
                from: days.from ? formatDay(days.from, locale) : "…",
                to: days.to ? formatDay(days.to, locale) : "…",
              })}{" "}
          <Link
            className="underline"
            href={queueHref(f, {
              createdFrom: undefined,
              createdTo: undefined,
              periodClock: undefined,
              numbers: undefined,
            })}
          >
            {t("queue.showAll")}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <label className={lbl} htmlFor="f-q">
            {t("queue.search")}
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={f.q ?? ""}
            placeholder={t("queue.searchHint")}
            className={field}
          />
        </div>
        <div className="min-w-0 basis-60">
          <Select name="sort" label={t("queue.sortBy")} value={f.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(sortKey(s))}
              </option>
            ))}
          </Select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          {t("queue.apply")}
        </button>
        <Link
          href={f.view === "board" ? "/dashboard?view=board" : "/dashboard"}
          className="py-2 text-sm text-brand underline"
        >
          {t("queue.clear")}
        </Link>
      </div>
      <details open={active} className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-slate-700">
          {t(active ? "queue.moreFiltersInUse" : "queue.moreFilters")}
        </summary>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="status" label={t("queue.status")} value={f.status}>
            <option value="OPEN">{t("queue.open", { n: count(counts.open) })}</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))} ({count(counts.status[s])})
              </option>
            ))}
            <option value="ALL">{t("queue.anyStatus", { n: count(counts.all) })}</option>
          </Select>
          <Select name="priority" label={t("queue.priority")} value={f.priority}>
            <option value="">{t("queue.anyPriority")}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(priorityKey(p))} ({count(counts.priority[p])})
              </option>
            ))}
          </Select>
          <Select name="category" label={t("queue.category")} value={f.categoryId}>
            <option value="">{t("queue.anyCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c.name, locale)}
              </option>
            ))}
          </Select>
          <Select name="property" label={t("queue.property")} value={f.propertyId}>
            <option value="">{t("queue.anyProperty")}</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select name="vendor" label={t("queue.vendor")} value={f.vendorId}>
            <option value="">{t("queue.anyVendor")}</option>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </Select>
          <Select name="responsible" label={t("queue.responsible")} value={f.responsible}>
            <option value="">{t("queue.anyoneOrNoOne")}</option>
            <option value="me">{t("queue.me")}</option>
            <option value="none">{t(NO_ONE_RESPONSIBLE)}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select name="sla" label={t("queue.sla")} value={f.sla}>
            <option value="">{t("queue.anySla")}</option>
            <option value="at-risk">{t("queue.atRisk")}</option>
            <option value="breached">{t("queue.breached")}</option>
          </Select>
          <Select name="age" label={t("queue.age")} value={f.olderThanDays}>
            <option value="">{t("queue.anyAge")}</option>
            {AGES.map((a) => (
              <option key={a} value={a}>
                {t("queue.olderThan", { days: a })}
              </option>
            ))}
          </Select>
          <div className="flex items-end pb-2">
            <input id="f-hold" name="hold" type="checkbox" value="1" defaultChecked={f.onHold} className="h-5 w-5" />
            <label htmlFor="f-hold" className="ml-2 text-sm font-semibold text-slate-800">
              {t("queue.onHoldOnly")}
            </label>
          </div>
        </div>
      </details>
    </form>
  );
}
