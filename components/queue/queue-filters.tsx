// The queue's filters: a plain GET form, so every filter is in the URL and works without JavaScript.
// Search and sort stay in sight; the rest folds into a <details> (open while any is in use).
import Link from "next/link";
import { AGES, PRIORITIES, SORTS, queueHref, type QueueFilter } from "@/lib/work-orders/queue-filter";
import type { QueueCounts } from "@/lib/work-orders/queue-types";
import { NO_ONE_RESPONSIBLE, PRIORITY_TEXT, SORT_TEXT, STATUS_TEXT } from "./labels";
import { ALL_STATUSES, QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";

type Option = { id: string; name: string };
type Props = {
  filter: QueueFilter;
  counts: QueueCounts;
  properties: Option[];
  categories: Option[];
  vendors: Option[];
  people: Option[];
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

export function QueueFilters({ filter: f, counts, properties, categories, vendors, people }: Props) {
  const openCount = QUEUE_OPEN_STATUSES.reduce((n, s) => n + (counts.status[s] ?? 0), 0);
  const allCount = ALL_STATUSES.reduce((n, s) => n + (counts.status[s] ?? 0), 0);
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
      aria-label="Filter work orders"
      className="mt-4 rounded-lg border border-slate-200 bg-white p-3"
    >
      {f.view === "board" && <input type="hidden" name="view" value="board" />}
      {f.saved && <input type="hidden" name="saved" value={f.saved} />}
      {f.createdFrom && <input type="hidden" name="from" value={f.createdFrom.toISOString()} />}
      {f.createdTo && <input type="hidden" name="to" value={f.createdTo.toISOString()} />}
      {f.numbers && <input type="hidden" name="n" value={f.numbers.join(",")} />}
      {(f.createdFrom || f.createdTo || f.numbers) && (
        <p role="status" className="mb-3 rounded-md bg-sky-50 p-2 text-sm text-sky-900">
          From a report:{" "}
          {f.numbers
            ? `${f.numbers.length} work order${f.numbers.length === 1 ? "" : "s"}`
            : `created ${f.createdFrom?.toISOString().slice(0, 10) ?? "…"} to ${f.createdTo ? new Date(f.createdTo.getTime() - 1).toISOString().slice(0, 10) : "…"} (UTC dates)`}
          .{" "}
          <Link
            className="underline"
            href={queueHref(f, { createdFrom: undefined, createdTo: undefined, numbers: undefined })}
          >
            Show all
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <label className={lbl} htmlFor="f-q">
            Search
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={f.q ?? ""}
            placeholder="#1234, unit, tenant or words"
            className={field}
          />
        </div>
        <div className="basis-44">
          <Select name="sort" label="Sort by" value={f.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_TEXT[s]}
              </option>
            ))}
          </Select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark"
        >
          Apply filters
        </button>
        <Link
          href={f.view === "board" ? "/dashboard?view=board" : "/dashboard"}
          className="py-2 text-sm text-brand underline"
        >
          Clear
        </Link>
      </div>
      <details open={active} className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-slate-700">
          More filters{active ? " (in use)" : ""}
        </summary>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="status" label="Status" value={f.status}>
            <option value="OPEN">Open ({openCount})</option>
            {ALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_TEXT[s]} ({counts.status[s] ?? 0})
              </option>
            ))}
            <option value="ALL">Any status ({allCount})</option>
          </Select>
          <Select name="priority" label="Priority" value={f.priority}>
            <option value="">Any priority</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {PRIORITY_TEXT[p]} ({counts.priority[p] ?? 0})
              </option>
            ))}
          </Select>
          <Select name="category" label="Category" value={f.categoryId}>
            <option value="">Any category</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          <Select name="property" label="Property" value={f.propertyId}>
            <option value="">Any property</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select name="vendor" label="Vendor" value={f.vendorId}>
            <option value="">Any vendor</option>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </Select>
          <Select name="responsible" label="Responsible" value={f.responsible}>
            <option value="">Anyone or no one</option>
            <option value="me">Me</option>
            <option value="none">{NO_ONE_RESPONSIBLE}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Select name="sla" label="SLA" value={f.sla}>
            <option value="">Any SLA state</option>
            <option value="at-risk">At risk</option>
            <option value="breached">Breached</option>
          </Select>
          <Select name="age" label="Age" value={f.olderThanDays}>
            <option value="">Any age</option>
            {AGES.map((a) => (
              <option key={a} value={a}>
                Older than {a} {a === 1 ? "day" : "days"}
              </option>
            ))}
          </Select>
          <div className="flex items-end pb-2">
            <input id="f-hold" name="hold" type="checkbox" value="1" defaultChecked={f.onHold} className="h-5 w-5" />
            <label htmlFor="f-hold" className="ml-2 text-sm font-semibold text-slate-800">
              On hold (blocked) only
            </label>
          </div>
        </div>
      </details>
    </form>
  );
}
