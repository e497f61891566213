// The directory's front page: the properties this person looks after, vendors and owners.
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { directoryProperties } from "@/lib/directory/reads";
import { buttonSecondary } from "@/components/ui/styles";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("directory.title") };
}

export default async function Directory() {
  const actor = await pageActor("directory:view", "/dashboard/directory");
  const [properties, { t }] = await Promise.all([directoryProperties(actor), getT()]);
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("directory.title")}</h1>
      <nav aria-label={t("directory.sections")} className="mt-3 flex flex-wrap gap-2">
        <Link className={buttonSecondary} href="/dashboard/directory/vendors">
          {t("directory.vendors")}
        </Link>
        {can(actor, "owners:edit") && (
          <Link className={buttonSecondary} href="/dashboard/directory/owners">
            {t("directory.owners")}
          </Link>
        )}
        {can(actor, "managers:assign") && (
          <Link className={buttonSecondary} href="/dashboard/directory/properties/new">
            {t("directory.addProperty")}
          </Link>
        )}
      </nav>
      <h2 className="mt-6 text-lg font-semibold">{t("directory.properties")}</h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {properties.map((p) => (
          <li key={p.id} className="p-4">
            <Link href={`/dashboard/directory/properties/${p.id}`} className="font-semibold text-brand underline">
              {p.name}
            </Link>
            <p className="text-sm text-slate-600">
              {t("directory.propertyLine", {
                address: p.address,
                units: p._count.units,
                owner: p.owner?.name ?? t("directory.noOwner"),
                managers: p.managers.map((m) => m.user.name).join(", ") || t("directory.nobody"),
              })}
            </p>
          </li>
        ))}
        {!properties.length && <li className="p-4 text-sm text-slate-600">{t("directory.noProperties")}</li>}
      </ul>
    </main>
  );
}
