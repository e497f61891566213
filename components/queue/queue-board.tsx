// The board: one column per open status, capped; "show all" opens the table on that status.
import Link from "next/link";
import { PriorityBadge } from "@/components/work-orders/status-badge";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { ownerAskedAt, type QueueRow } from "@/lib/work-orders/queue-types";
import { queueHref, type QueueFilter } from "@/lib/work-orders/queue-filter";
import { formatAge } from "@/lib/time";
import { FailedBadge } from "@/components/notifications/failed-badge";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { BlockedBadge } from "./blocked-badge";
import { NO_ONE_RESPONSIBLE, countText, statusKey } from "./labels";
import { SlaCountdown } from "./sla-countdown";
import { tenantOf } from "./queue-table";

type Column = { status: WorkOrderStatus; cards: QueueRow[]; total: number };

export async function QueueBoard({
  columns,
  filter,
  now,
  timeZone,
}: {
  columns: Column[];
  filter: QueueFilter;
  now: Date;
  timeZone: string;
}) {
  const { t, locale } = await getT();
  return (
    <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {columns.map((col) => (
        <section
          key={col.status}
          aria-labelledby={`col-${col.status}`}
          className="rounded-lg border border-slate-200 bg-slate-50 p-2"
        >
          <h2 id={`col-${col.status}`} className="px-1 text-sm font-bold text-slate-800">
            {t(statusKey(col.status))}{" "}
            <span className="font-normal text-slate-600">({countText(col.total, locale)})</span>
          </h2>
          <ul className="mt-2 space-y-2">
            {col.cards.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm shadow-sm">
                <div className="flex items-center justify-between gap-2">
                  <Link
                    className="font-semibold text-brand underline"
                    href={`/dashboard/work-orders/${r.trackingNumber}`}
                  >
                    #{r.trackingNumber}
                  </Link>
                  <PriorityBadge priority={r.priority} />
                </div>
                <p className="mt-1 font-medium">
                  {categoryName(r.category.name, locale)} · {r.property.name} {r.unit.label}
                </p>
                <p className="truncate text-slate-600">{r.description}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {tenantOf(r)} · {t("queue.old", { age: formatAge(r.createdAt, now, t) })}
                  {r.vendor ? ` · ${r.vendor.company}` : ""}
                </p>
                <p className="text-xs text-slate-600">
                  {t("queue.responsibleIs", { name: r.responsible?.name ?? t(NO_ONE_RESPONSIBLE) })}
                </p>
                <div className="mt-1">
                  <SlaCountdown wo={r} now={now} timeZone={timeZone} />
                </div>
                <BlockedBadge reason={r.holdReason} note={r.holdNote} since={ownerAskedAt(r)} now={now} />
                <FailedBadge count={r.failedMessages} />
              </li>
            ))}
          </ul>
          {col.total > col.cards.length && (
            <Link
              className="mt-2 block px-1 text-sm text-brand underline"
              href={queueHref(filter, { view: "table", status: col.status })}
            >
              {t("queue.showAllInTable", { n: countText(col.total, locale) })}
            </Link>
          )}
          {col.total === 0 && <p className="px-1 text-sm text-slate-500">{t("queue.columnEmpty")}</p>}
        </section>
      ))}
    </div>
  );
}
