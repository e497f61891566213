import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CostVarianceNote } from "@/components/approvals/cost-variance-note";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { Timeline } from "@/components/work-orders/timeline";
import { formatCents as dollars } from "@/lib/money";
import { approvedEstimate, costVariance } from "@/lib/approvals/cost-variance";
import { pageActor } from "@/lib/auth/session";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { callerOrganization, estimatesOf } from "@/lib/work-orders/page-reads";
import { formatInZone } from "@/lib/time";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { DONE_STATUSES, isStatusIn } from "@/lib/work-orders/transitions";
import { holdNoteMsg } from "@/lib/approvals/system-notes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("ownerWo.metaTitle") };
}

export default async function OwnerWorkOrder({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const actor = await pageActor("owner:view", `/owner/work-orders/${number}`);
  const n = Number(number);
  // Scoped to the owner's properties; only public events (no internal notes); codes never read here.
  const wo = Number.isSafeInteger(n) && n > 0 ? await getWorkOrder(actor, n) : null;
  if (!wo) notFound();
  const [org, estimates, { t, locale }] = await Promise.all([callerOrganization(actor), estimatesOf(wo.id), getT()]);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("ownerWo.title", { number: String(wo.trackingNumber) })}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={wo.status} /> <PriorityBadge priority={wo.priority} />
        {wo.holdReason && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
            {t("ownerWo.onHold", {
              reason: wo.holdNote ? t(holdNoteMsg(wo.holdNote)) : `staffWo.hold.${wo.holdReason}`,
            })}
          </span>
        )}
      </p>
      <dl className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div>
          <dt className="font-semibold">{t("ownerWo.problem")}</dt>
          <dd>
            {categoryName(wo.category.name, locale)}: <span className="whitespace-pre-wrap">{wo.description}</span>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("ownerWo.where")}</dt>
          <dd>
            {wo.property.name} {wo.unit.label}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("ownerWo.vendor")}</dt>
          <dd>{wo.vendor?.company ?? t("ownerPage.unassigned")}</dd>
        </div>
        {wo.windowStart && (
          <div>
            <dt className="font-semibold">{t("ownerWo.appointment")}</dt>
            <dd>{formatInZone(wo.windowStart, org.timeZone, undefined, locale)}</dd>
          </div>
        )}
        {wo.actualCostCents !== null && (
          <div>
            <dt className="font-semibold">{t("ownerWo.actualCost")}</dt>
            <dd>{dollars(wo.actualCostCents)}</dd>
          </div>
        )}
      </dl>
      {isStatusIn(DONE_STATUSES, wo.status) && (
        <div className="mt-4">
          <CostVarianceNote variance={costVariance(wo.actualCostCents, approvedEstimate(estimates)?.amountCents)} />
        </div>
      )}
      {estimates.length > 0 && (
        <section aria-labelledby="est-heading" className="mt-6">
          <h2 id="est-heading" className="text-lg font-semibold">
            {t("ownerWo.estimates")}
          </h2>
          <ul className="mt-2 space-y-2">
            {estimates.map((e) => (
              <li key={e.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <strong>{dollars(e.amountCents)}</strong> · {t(`estimates.status.${e.status}`)}
                {e.vendor ? ` · ${e.vendor.company}` : ""} · {e.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      <PhotoStrip photos={wo.attachments} />
      <Timeline events={wo.events} timeZone={org.timeZone} />
    </main>
  );
}
