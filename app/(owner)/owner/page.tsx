import type { Metadata } from "next";
import Link from "next/link";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { formatCents as dollars } from "@/lib/money";
import { pageActor } from "@/lib/auth/session";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { formatAge } from "@/lib/time";
import { ownerOverview, ownerSpend } from "@/lib/owners/overview";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("ownerPage.title") };
}

export default async function OwnerHome() {
  const actor = await pageActor("owner:view", "/owner");
  const [{ properties, waiting }, spend, { t, locale }] = await Promise.all([
    ownerOverview(actor, new Date()),
    ownerSpend(actor),
    getT(),
  ]);
  const now = new Date();
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("ownerPage.title")}</h1>
      <p className="mt-1 text-slate-600">{t("ownerPage.lead")}</p>
      <section aria-labelledby="waiting-heading" className="mt-6">
        <h2 id="waiting-heading" className="text-lg font-semibold">
          {t("ownerPage.waiting")}
        </h2>
        {waiting.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("ownerPage.nothingWaiting")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {waiting.map((e) => (
              <li key={e.id} className="rounded-lg border border-amber-300 bg-amber-50 p-3">
                <p className="font-semibold">
                  {dollars(e.amountCents)} · {e.workOrder.property.name} {e.workOrder.unit.label} ·{" "}
                  <Link className="text-brand underline" href={`/owner/work-orders/${e.workOrder.trackingNumber}`}>
                    #{e.workOrder.trackingNumber}
                  </Link>
                </p>
                <p className="text-sm">
                  {t("ownerPage.waitingLine", { description: e.description, age: formatAge(e.updatedAt, now, t) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {properties.map((p) => (
        <section key={p.id} aria-labelledby={`p-${p.id}`} className="mt-8">
          <h2 id={`p-${p.id}`} className="text-lg font-semibold">
            {p.name}
          </h2>
          {p.workOrders.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("ownerPage.noWork")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {p.workOrders.map((w) => (
                <li key={w.trackingNumber} className="flex flex-wrap items-center gap-2 p-3 text-sm">
                  <Link className="font-semibold text-brand underline" href={`/owner/work-orders/${w.trackingNumber}`}>
                    #{w.trackingNumber}
                  </Link>
                  <StatusBadge status={w.status} /> <PriorityBadge priority={w.priority} />
                  {w.holdReason && (
                    <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("ownerPage.onHold")}</span>
                  )}
                  <span>
                    {t("ownerPage.categoryUnit", {
                      category: categoryName(w.category.name, locale),
                      unit: w.unit.label,
                    })}
                  </span>
                  <span className="text-slate-600">
                    {w.vendor?.company ?? t("ownerPage.unassigned")} ·{" "}
                    {t("ownerPage.age", { age: formatAge(w.createdAt, now, t) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section aria-labelledby="spend-heading" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="spend-heading" className="text-lg font-semibold">
            {t("ownerPage.spend")}
          </h2>
          <a className="text-sm text-brand underline" href="/owner/spend.csv" download>
            {t("ownerPage.downloadCsv")}
          </a>
        </div>
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th className="p-2">{t("ownerPage.col.month")}</th>
                <th className="p-2">{t("ownerPage.col.property")}</th>
                <th className="p-2 text-right">{t("ownerPage.col.jobs")}</th>
                <th className="p-2 text-right">{t("ownerPage.col.spend")}</th>
              </tr>
            </thead>
            <tbody>
              {spend.map((r) => (
                <tr key={`${r.month}-${r.property}`} className="border-t border-slate-100">
                  <td className="p-2">{r.month}</td>
                  <td className="p-2">{r.property}</td>
                  <td className="p-2 text-right">{r.jobs}</td>
                  <td className="p-2 text-right">{dollars(r.cents)}</td>
                </tr>
              ))}
              {spend.length === 0 && (
                <tr>
                  <td className="p-2 text-slate-600" colSpan={4}>
                    {t("ownerPage.noSpend")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
