import type { Metadata } from "next";
import Link from "next/link";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { button } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/session";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { listMyRequests } from "@/lib/work-orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t("requests.title") };
}

export default async function MyRequests({ searchParams }: { searchParams: Promise<{ fixed?: string }> }) {
  const actor = await pageActor("request:view-own", "/requests");
  const { fixed } = await searchParams;
  const { t, locale } = await getT();
  const requests = await listMyRequests(actor);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("requests.title")}</h1>
        <Link href="/requests/new" className={button}>
          {t("nav.report")}
        </Link>
      </div>
      {fixed && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("requests.fixed")}
        </p>
      )}
      <ul className="mt-6 space-y-3">
        {requests.map((r) => (
          <li key={r.id}>
            <Link
              href={`/requests/${r.trackingNumber}`}
              className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand"
            >
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">
                  #{r.trackingNumber} · {categoryName(r.category.name, locale)}
                </span>
                <StatusBadge status={r.status} />
                <PriorityBadge priority={r.priority} />
              </span>
              <span className="mt-1 line-clamp-2 block text-sm text-slate-700">{r.description}</span>
            </Link>
          </li>
        ))}
        {requests.length === 0 && <li className="text-slate-600">{t("requests.none")}</li>}
      </ul>
    </main>
  );
}
