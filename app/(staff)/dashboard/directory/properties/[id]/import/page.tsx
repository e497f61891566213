// Import units and tenants from a CSV: preview every row with its problems, then import all or nothing.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/directory/import-form";
import { pageActor } from "@/lib/auth/session";
import { scopedProperty } from "@/lib/directory/reads";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("import.title") };
}

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("directory:edit", `/dashboard/directory/properties/${id}/import`);
  const [p, { t }] = await Promise.all([scopedProperty(actor, id), getT()]);
  if (!p) notFound();
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link href={`/dashboard/directory/properties/${p.id}`} className="text-brand underline">
          {p.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("import.title")}</h1>
      <p className="mt-2 text-sm text-slate-700">
        {t("import.columns")}{" "}
        <code className="break-all">unit,floor,tenant_name,tenant_email,tenant_phone,contact_method</code>{" "}
        {t("import.lead")}
      </p>
      <ImportForm propertyId={p.id} />
    </main>
  );
}
