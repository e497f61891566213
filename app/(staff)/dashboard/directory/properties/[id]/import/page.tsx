// Import units and tenants from a CSV: preview every row with its problems, then import all or nothing.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/directory/import-form";
import { pageActor } from "@/lib/auth/session";
import { scopedProperty } from "@/lib/directory/reads";

export const metadata = { title: "Import units and tenants" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("directory:edit", `/dashboard/directory/properties/${id}/import`);
  const p = await scopedProperty(actor, id);
  if (!p) notFound();
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link href={`/dashboard/directory/properties/${p.id}`} className="text-brand underline">
          {p.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Import units and tenants</h1>
      <p className="mt-2 text-sm text-slate-700">
        Columns: <code className="break-all">unit,floor,tenant_name,tenant_email,tenant_phone,contact_method</code>{" "}
        (first line). One line per unit; leave the tenant columns blank for an empty unit; contact method is sms, email
        or phone. Existing units and tenants are matched by label and email, so importing the same file twice changes
        nothing.
      </p>
      <ImportForm propertyId={p.id} />
    </main>
  );
}
