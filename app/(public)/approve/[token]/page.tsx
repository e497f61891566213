// The owner's approval page (DESIGN.md §6), from an emailed link. Opening it (GET, HEAD — mail
// scanners do) only reads; the decision is a POST from its buttons. Readable one-handed at 375 px.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { DecisionForm } from "@/components/approvals/decision-form";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { readApprovalLink } from "@/lib/approvals/approval-link";
import { approvalView } from "@/lib/approvals/approval-view";
import { formatCents as dollars } from "@/lib/money";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";

export const metadata: Metadata = { title: "Approve an estimate", referrer: "no-referrer", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function Approve({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { token } = await params;
  const { done } = await searchParams;
  const { t, locale } = await getT();
  const read = await readApprovalLink(token, new Date());
  if (read.state === "missing") notFound(); // 404, with the helpful page beside this one
  if (read.state !== "valid") {
    const amount = dollars(read.link.amountCents ?? 0);
    return (
      <main className="mx-auto max-w-xl px-4 py-8">
        {done && read.state === "used" && (
          <p
            role="status"
            className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4 font-semibold text-green-900"
          >
            {done === "APPROVED" ? t("approval.doneApproved", { amount }) : t("approval.doneDeclined")}
          </p>
        )}
        <h1 className="text-2xl font-bold">{t(`approval.${read.state}`)}</h1>
        <p className="mt-3 text-slate-700">{t(`approval.${read.state}Body`)}</p>
      </main>
    );
  }
  const { wo, estimate, others, asker } = await approvalView(read.link.workOrderId!, read.link.estimateId!);
  const place = `${wo.property.name} ${wo.unit.label}`;
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <p className="text-sm text-slate-600">
        {wo.org.name} · #{wo.trackingNumber}
      </p>
      <h1 className="text-2xl font-bold">{t("approval.title")}</h1>
      <p className="mt-2 text-slate-700">{t("approval.intro", { asker, place })}</p>
      <dl className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("approval.amount")}</dt>
          <dd className="text-3xl font-bold">{dollars(estimate.amountCents)}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("approval.covers")}</dt>
          <dd className="whitespace-pre-wrap">{estimate.description}</dd>
        </div>
        {estimate.vendor && (
          <div>
            <dt className="text-sm font-semibold text-slate-600">{t("approval.vendor")}</dt>
            <dd>{estimate.vendor.company}</dd>
          </div>
        )}
        {estimate.validUntil && (
          <div>
            <dt className="text-sm font-semibold text-slate-600">{t("approval.validUntil")}</dt>
            <dd>{formatInZone(estimate.validUntil, wo.org.timeZone, { dateStyle: "medium" }, locale)}</dd>
          </div>
        )}
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("request.where")}</dt>
          <dd>
            {place}, {wo.property.address}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("approval.problem")}</dt>
          <dd>
            {categoryName(wo.category.name, locale)}: <span className="whitespace-pre-wrap">{wo.description}</span>
          </dd>
        </div>
      </dl>
      <PhotoStrip photos={wo.attachments} token={token} />
      {others.length > 0 && (
        <section aria-labelledby="quotes-heading" className="mt-6">
          <h2 id="quotes-heading" className="text-lg font-semibold">
            {t("approval.otherQuotes")}
          </h2>
          <ul className="mt-2 space-y-2">
            {others.map((o) => (
              <li key={o.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <strong>{dollars(o.amountCents)}</strong>
                {o.vendor ? ` · ${o.vendor.company}` : ""} · {o.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      <DecisionForm token={token} estimateId={estimate.id} amount={dollars(estimate.amountCents)} />
    </main>
  );
}
