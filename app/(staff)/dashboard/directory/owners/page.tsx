// Property owners (admin).
import Link from "next/link";
import { formatCents } from "@/lib/money";
import { buttonSecondary } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/session";
import { ownerList } from "@/lib/directory/owners";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("directory.owners") };
}

export default async function Owners({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await pageActor("owners:edit", "/dashboard/directory/owners");
  const { saved } = await searchParams;
  const [owners, { t, locale }] = await Promise.all([ownerList(actor), getT()]);
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory" className="text-brand underline">
          {t("directory.title")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("directory.owners")}</h1>
        <Link className={buttonSecondary} href="/dashboard/directory/owners/new">
          {t("directory.addOwner")}
        </Link>
      </div>
      {saved && (
        <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("directory.ownerSaved")}
        </p>
      )}
      <ul className="mt-4 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {owners.map((o) => (
          <li key={o.id} className="p-4">
            <Link href={`/dashboard/directory/owners/${o.id}`} className="font-semibold text-brand underline">
              {o.name}
            </Link>
            <p className="text-sm text-slate-600">
              {o.email}
              {o.phone ? ` · ${o.phone}` : ""}
              {o.secondContactEmail ? ` · ${t("directory.also", { email: o.secondContactEmail })}` : ""}
            </p>
            <p className="text-sm text-slate-600">
              {o.properties.map((p) => p.name).join(", ") || t("directory.noProperties.owner")}
            </p>
            {(o.approvalLimitCents != null || o.deemedApprovedAfterHours != null) && (
              <p className="text-sm text-slate-600">
                {[
                  o.approvalLimitCents != null &&
                    t("directory.ownerApproves", { amount: formatCents(o.approvalLimitCents, locale) }),
                  o.deemedApprovedAfterHours != null &&
                    t("directory.deemedAfter", { hours: o.deemedApprovedAfterHours }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
