import Link from "next/link";
import { SAVED_VIEWS, activeView, queueHref, type QueueFilter } from "@/lib/work-orders/queue-filter";
import { getT } from "@/lib/i18n/server";
import { countText, savedViewKey } from "./labels";

/** Saved views are links: one click replaces the filters with the view (layout kept). */
export async function SavedViews({ filter, counts }: { filter: QueueFilter; counts: Record<string, number> }) {
  const { t, locale } = await getT();
  const base: QueueFilter = { status: "OPEN", sort: filter.sort, view: filter.view };
  const active = activeView(filter);
  return (
    <nav aria-label={t("queue.savedViews")} className="mt-4 flex flex-wrap gap-2">
      <Link
        href={queueHref(base)}
        aria-current={active === "open" ? "page" : undefined}
        className={`rounded-full border px-3 py-1 text-sm ${active === "open" ? "border-brand bg-brand text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
      >
        {t("queue.allOpen")}
      </Link>
      {SAVED_VIEWS.map((v) => {
        const on = active === v;
        return (
          <Link
            key={v}
            href={queueHref(base, { saved: v, sort: v === "breached" ? "due" : filter.sort })}
            aria-current={on ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${on ? "border-brand bg-brand text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {t(savedViewKey(v))} <span className="font-semibold">({countText(counts[v] ?? 0, locale)})</span>
          </Link>
        );
      })}
    </nav>
  );
}
