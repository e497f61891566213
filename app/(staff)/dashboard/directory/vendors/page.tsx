// Vendors with their papers at a glance: insurance and licence expiry, capacity, categories.
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { vendorList } from "@/lib/vendors/vendor-list";
import { ExpiryBadge } from "@/components/directory/expiry-badge";
import { buttonSecondary } from "@/components/ui/styles";
import { isLocale, LOCALE_NAMES } from "@/lib/i18n/locales";

export const metadata = { title: "Vendors" };

const money = (cents: number | null) => (cents == null ? "–" : `$${(cents / 100).toFixed(2)}`);

export default async function Vendors({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await pageActor("directory:view", "/dashboard/directory/vendors");
  const { saved } = await searchParams;
  const now = new Date();
  const vendors = await vendorList(actor);
  const editable = can(actor, "vendors:edit");
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory" className="text-brand underline">
          Directory
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Vendors</h1>
        {editable && (
          <Link href="/dashboard/directory/vendors/new" className={buttonSecondary}>
            Add a vendor
          </Link>
        )}
      </div>
      {saved && (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Vendor saved.
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
                {!v.active && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs">inactive</span>}
              </p>
              <p className="text-sm text-slate-600">
                {v.contactName} · {v.email}
                {v.phone ? ` · ${v.phone}` : ""}
                {isLocale(v.language) && v.language !== "en" ? ` · ${LOCALE_NAMES[v.language]}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {v.categories.map((c) => `${c.category.name} (#${c.rank})`).join(", ") || "No categories"}
              </p>
              <p className="text-sm text-slate-600">
                Hourly {money(v.hourlyRateCents)} · call-out {money(v.callOutFeeCents)} · {v._count.workOrders} of{" "}
                {v.capacity} open jobs
              </p>
            </div>
            <div className="flex flex-wrap gap-2 text-sm sm:flex-col sm:items-end">
              <ExpiryBadge what="Insurance" at={v.insuranceExpiresAt} now={now} />
              <ExpiryBadge what="Licence" at={v.licenceExpiresAt} now={now} />
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
