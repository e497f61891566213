import type { Metadata } from "next";
import Link from "next/link";
import { ClientStrings } from "@/components/i18n/client-strings";
import { BulkBar } from "@/components/queue/bulk-bar";
import { QueueBoard } from "@/components/queue/queue-board";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueTable } from "@/components/queue/queue-table";
import { SavedViews } from "@/components/queue/saved-views";
import { pageActor } from "@/lib/auth/session";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { getT } from "@/lib/i18n/server";
import { callerOrganization } from "@/lib/work-orders/page-reads";
import { queueBoard, queueCounts, queueOptions, queuePage } from "@/lib/work-orders/queue";
import { parseQueueFilter, queueHref } from "@/lib/work-orders/queue-filter";
import { COUNT_CAP } from "@/lib/work-orders/queue-types";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("queue.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Queue({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("queue:view", "/dashboard");
  const filter = parseQueueFilter(await searchParams);
  const now = new Date();
  // Five statements at once at most (options are four small ones): a dashboard load no longer
  // floods the pool (issue 19); the page, board and counts are one statement each.
  const [{ t }, org, counts, options, table, cards] = await Promise.all([
    getT(),
    callerOrganization(actor),
    queueCounts(actor, filter, now),
    queueOptions(actor),
    filter.view === "table" ? queuePage(actor, filter, now) : null,
    filter.view === "board" ? queueBoard(actor, filter, now) : null,
  ]);
  // A column's total is its status's count under the filters, when the status filter lets it show.
  const shown = (s: WorkOrderStatus) => filter.status === "OPEN" || filter.status === "ALL" || filter.status === s;
  const board = cards?.map((c) => ({ ...c, total: shown(c.status) ? (counts.status[c.status] ?? 0) : 0 }));
  const vendors = options.vendors.map((v) => ({ id: v.id, name: v.company }));
  const tab = (on: boolean) =>
    `rounded-md px-3 py-1.5 text-sm font-semibold ${on ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-200"}`;
  return (
    <ClientStrings groups={CLIENT_STRINGS.queue}>
      <main className="mx-auto max-w-7xl px-4 py-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("queue.heading")}</h1>
          <nav aria-label={t("queue.layout")} className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
            <Link
              href={queueHref(filter, { view: "table" })}
              aria-current={filter.view === "table" ? "page" : undefined}
              className={tab(filter.view === "table")}
            >
              {t("queue.table")}
            </Link>
            <Link
              href={queueHref(filter, { view: "board" })}
              aria-current={filter.view === "board" ? "page" : undefined}
              className={tab(filter.view === "board")}
            >
              {t("queue.board")}
            </Link>
          </nav>
        </div>
        <SavedViews filter={filter} counts={counts.saved} />
        <QueueFilters
          filter={filter}
          counts={counts}
          properties={options.properties}
          categories={options.categories}
          vendors={vendors}
          people={options.people}
          timeZone={org.timeZone}
        />
        {table && (
          <>
            <p className="mt-3 text-sm text-slate-600" aria-live="polite">
              {counts.total > COUNT_CAP
                ? t("queue.totalMore", { n: COUNT_CAP })
                : t("queue.total", { n: counts.total })}
            </p>
            <BulkBar vendors={vendors} people={options.people} />
            <QueueTable rows={table.rows} now={now} timeZone={org.timeZone} />
            <nav aria-label={t("queue.pages")} className="mt-4 flex gap-3 text-sm">
              {table.previous && (
                <Link className="text-brand underline" href={queueHref(filter, { before: table.previous })}>
                  {t("queue.previous")}
                </Link>
              )}
              {table.next && (
                <Link className="text-brand underline" href={queueHref(filter, { after: table.next })}>
                  {t("queue.next")}
                </Link>
              )}
            </nav>
          </>
        )}
        {board && <QueueBoard columns={board} filter={filter} now={now} timeZone={org.timeZone} />}
      </main>
    </ClientStrings>
  );
}
