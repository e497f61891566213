// The queue as a table. Row checkboxes belong to the bulk form by its id (the `form` attribute),
// so the table stays server-rendered and each box carries the version its row was read at.
import Link from "next/link";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { ownerAskedAt, type QueueRow } from "@/lib/work-orders/queue-types";
import { formatAge } from "@/lib/time";
import { FailedBadge } from "@/components/notifications/failed-badge";
import { BlockedBadge } from "./blocked-badge";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { NO_ONE_RESPONSIBLE } from "./labels";
import { BULK_FORM_ID, SelectAll } from "./select-all";
import { SlaCountdown } from "./sla-countdown";

export const tenantOf = (r: QueueRow) => r.reporter?.name ?? r.reporterName ?? "—";

export async function QueueTable({ rows, now, timeZone }: { rows: QueueRow[]; now: Date; timeZone: string }) {
  const { t, locale } = await getT();
  if (rows.length === 0)
    return (
      <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
        {t("queue.noMatch")}
      </p>
    );
  return (
    <div className="relative mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[1080px] text-left text-sm">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th className="px-2 py-2">
              <SelectAll />
            </th>
            <th className="px-2 py-2">#</th>
            <th className="px-2 py-2">{t("queue.priority")}</th>
            <th className="px-2 py-2">{t("queue.status")}</th>
            <th className="px-2 py-2">{t("queue.problem")}</th>
            <th className="px-2 py-2">{t("queue.where")}</th>
            <th className="px-2 py-2">{t("queue.tenant")}</th>
            <th className="px-2 py-2">{t("queue.vendor")}</th>
            <th className="px-2 py-2">{t("queue.responsible")}</th>
            <th className="px-2 py-2">{t("queue.age")}</th>
            <th className="px-2 py-2">{t("queue.sla")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
              <td className="px-2 py-2">
                <label className="sr-only" htmlFor={`pick-${r.trackingNumber}`}>
                  {t("queue.select", { n: String(r.trackingNumber) })}
                </label>
                <input
                  id={`pick-${r.trackingNumber}`}
                  type="checkbox"
                  name="item"
                  value={`${r.trackingNumber}:${r.version}`}
                  form={BULK_FORM_ID}
                  className="h-5 w-5"
                />
              </td>
              <td className="px-2 py-2 font-semibold">
                <Link className="text-brand underline" href={`/dashboard/work-orders/${r.trackingNumber}`}>
                  #{r.trackingNumber}
                </Link>
              </td>
              <td className="px-2 py-2">
                <PriorityBadge priority={r.priority} />
              </td>
              <td className="px-2 py-2">
                <StatusBadge status={r.status} />
                {r.rescheduleRequestedAt && (
                  <span className="mt-1 block text-xs text-violet-800">{t("queue.rescheduleAsked")}</span>
                )}
                <BlockedBadge reason={r.holdReason} note={r.holdNote} since={ownerAskedAt(r)} now={now} />
                <FailedBadge count={r.failedMessages} />
              </td>
              <td className="px-2 py-2">
                <span className="font-medium">{categoryName(r.category.name, locale)}</span>
                <span className="block max-w-xs truncate text-slate-600">{r.description}</span>
              </td>
              <td className="px-2 py-2">
                {r.property.name}
                <span className="block text-slate-600">{t("queue.unit", { label: r.unit.label })}</span>
              </td>
              <td className="px-2 py-2">{tenantOf(r)}</td>
              <td className="px-2 py-2">{r.vendor?.company ?? "—"}</td>
              <td className="px-2 py-2">
                {r.responsible?.name ?? <span className="text-slate-600 italic">{t(NO_ONE_RESPONSIBLE)}</span>}
              </td>
              <td className="px-2 py-2 whitespace-nowrap">{formatAge(r.createdAt, now, t)}</td>
              <td className="px-2 py-2">
                <SlaCountdown wo={r} now={now} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
