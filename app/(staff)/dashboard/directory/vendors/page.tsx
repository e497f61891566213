// Vendors with their papers at a glance: insurance and licence expiry, capacity, categories.
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { vendorList } from "@/lib/vendors/vendor-list";
import { ExpiryBadge } from "@/components/directory/expiry-badge";
import { buttonSecondary } from "@/components/ui/styles";
import { categoryName } from "@/lib/i18n/categories";
import { isLocale, LOCALE_NAMES } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { formatCents } from "@/lib/money";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("directory.vendors") };
}

export default async function Vendors({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await pageActor("directory:view", "/dashboard/directory/vendors");
  const { saved } = await searchParams;
  const now = new Date();
  const [vendors, { t, locale }] = await Promise.all([vendorList(actor), getT()]);
  const editable = can(actor, "vendors:edit");
  const money = (cents: number | null) => (cents == null ? "–" : formatCents(cents, locale));
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory" className="text-brand underline">
          {t("directory.title")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("directory.vendors")}</h1>
        {editable && (
          <Link href="/dashboard/directory/vendors/new" className={buttonSecondary}>
            {t("directory.addVendor")}
          </Link>
        )}
      </div>
      {saved && (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("directory.vendorSaved")}
        </p>
      )}
      <ul className="mt-4 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {vendors.map((v) => (
          <li key={v.id} className="grid gap-2 p-4 sm:grid-cols-[1fr_auto]">
            <div>
              <p className="font-semibold">
                {editable ? (
                  <Link href={`/dashboard/directory/vendors/${v.id}`} className="text-brand underline">
                    {v.company}
                  </Link>
                ) : (
                  v.company
                )}
                {!v.active && (
                  <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs">{t("directory.inactive")}</span>
                )}
              </p>
              <p className="text-sm text-slate-600">
                {v.contactName} · {v.email}
                {v.phone ? ` · ${v.phone}` : ""}
                {isLocale(v.language) && v.language !== "en" ? ` · ${LOCALE_NAMES[v.language]}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {v.categories.map((c) => `${categoryName(c.category.name, locale)} (#${c.rank})`).join(", ") ||
                  t("directory.noCategories")}
              </p>
              <p className="text-sm text-slate-600">
                {t("directory.vendorRates", {
                  hourly: money(v.hourlyRateCents),
                  callOut: money(v.callOutFeeCents),
                  open: v._count.workOrders,
                  capacity: v.capacity,
                })}
              </p>
            </div>
            <div className="flex flex-wrap gap-2 text-sm sm:flex-col sm:items-end">
              <ExpiryBadge paper="INSURANCE" at={v.insuranceExpiresAt} now={now} />
              <ExpiryBadge paper="LICENCE" at={v.licenceExpiresAt} now={now} />
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
