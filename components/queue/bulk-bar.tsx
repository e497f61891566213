"use client";
// Bulk actions on the ticked rows (their boxes join this form by id). Each button says what it
// does; the result names every row that was skipped and why.
import { useActionState } from "react";
import { bulkAction } from "@/lib/actions/queue";
import { useI18n } from "@/components/i18n/provider";
import type { ActionState } from "@/lib/errors";
import type { Priority } from "@/lib/db/generated/enums";
import { NO_ONE_RESPONSIBLE, priorityKey } from "./labels";
import { BULK_FORM_ID } from "./select-all";

const PRIORITIES: Priority[] = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"];

type Props = { vendors: { id: string; name: string }[]; people: { id: string; name: string }[] };
const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
const lbl = "block text-xs font-semibold text-slate-700";
const btn =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-60";

export function BulkBar({ vendors, people }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(bulkAction, {});
  const { t } = useI18n();
  const err = (k: string) => state.fieldErrors?.[k]?.map((m) => t(m)).join(" ");
  return (
    <form
      id={BULK_FORM_ID}
      action={action}
      aria-label={t("bulk.label")}
      className="mt-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <p className="text-sm font-semibold text-slate-800">{t("bulk.heading")}</p>
      <div className="mt-2 grid grid-cols-1 gap-3 md:grid-cols-[1fr_auto_1fr_1fr_auto_auto] md:items-end">
        <div>
          <label className={lbl} htmlFor="bulk-vendor">
            {t("queue.vendor")}
          </label>
          <select
            id="bulk-vendor"
            name="vendorId"
            defaultValue=""
            className={field}
            aria-describedby={err("vendorId") ? "bulk-vendor-err" : undefined}
          >
            <option value="">{t("bulk.chooseVendor")}</option>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          {err("vendorId") && (
            <p id="bulk-vendor-err" className="mt-1 text-xs text-red-700">
              {err("vendorId")}
            </p>
          )}
        </div>
        <button type="submit" name="op" value="assign" disabled={pending} className={btn}>
          {t("bulk.assign")}
        </button>
        <div>
          <label className={lbl} htmlFor="bulk-priority">
            {t("bulk.newPriority")}
          </label>
          <select
            id="bulk-priority"
            name="priority"
            defaultValue=""
            className={field}
            aria-describedby={err("priority") ? "bulk-priority-err" : undefined}
          >
            <option value="">{t("bulk.choosePriority")}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(priorityKey(p))}
              </option>
            ))}
          </select>
          {err("priority") && (
            <p id="bulk-priority-err" className="mt-1 text-xs text-red-700">
              {err("priority")}
            </p>
          )}
        </div>
        <div>
          <label className={lbl} htmlFor="bulk-reason">
            {t("bulk.reason")}
          </label>
          <input
            id="bulk-reason"
            name="reason"
            className={field}
            aria-describedby={err("reason") ? "bulk-reason-err" : undefined}
          />
          {err("reason") && (
            <p id="bulk-reason-err" className="mt-1 text-xs text-red-700">
              {err("reason")}
            </p>
          )}
        </div>
        <button type="submit" name="op" value="reprioritise" disabled={pending} className={btn}>
          {t("bulk.reprioritise")}
        </button>
        <button type="submit" name="op" value="close" disabled={pending} className={btn}>
          {t("bulk.close")}
        </button>
      </div>
      <div className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-[1fr_auto] md:items-end">
        <div>
          <label className={lbl} htmlFor="bulk-responsible">
            {t("bulk.responsiblePerson")}
          </label>
          <select id="bulk-responsible" name="responsibleId" defaultValue="" className={field}>
            <option value="">{t(NO_ONE_RESPONSIBLE)}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="op" value="responsible" disabled={pending} className={btn}>
          {t("bulk.setResponsible")}
        </button>
      </div>
      <p role="status" className={`mt-2 text-sm ${state.ok === false ? "text-red-800" : "text-green-800"}`}>
        {state.message ? t(state.message) : ""}
      </p>
    </form>
  );
}
