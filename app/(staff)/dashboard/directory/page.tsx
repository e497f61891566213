// The directory's front page: the properties this person looks after, vendors and owners.
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { directoryProperties } from "@/lib/directory/reads";
import { buttonSecondary } from "@/components/ui/styles";

export const metadata = { title: "Directory" };

export default async function Directory() {
  const actor = await pageActor("directory:view", "/dashboard/directory");
  const properties = await directoryProperties(actor);
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="text-2xl font-bold">Directory</h1>
      <nav aria-label="Directory sections" className="mt-3 flex flex-wrap gap-2">
        <Link className={buttonSecondary} href="/dashboard/directory/vendors">
          Vendors
        </Link>
        {can(actor, "owners:edit") && (
          <Link className={buttonSecondary} href="/dashboard/directory/owners">
            Owners
          </Link>
        )}
        {can(actor, "managers:assign") && (
          <Link className={buttonSecondary} href="/dashboard/directory/properties/new">
            Add a property
          </Link>
        )}
      </nav>
      <h2 className="mt-6 text-lg font-semibold">Properties</h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {properties.map((p) => (
          <li key={p.id} className="p-4">
            <Link href={`/dashboard/directory/properties/${p.id}`} className="font-semibold text-brand underline">
              {p.name}
            </Link>
            <p className="text-sm text-slate-600">
              {p.address} · {p._count.units} units · owner {p.owner?.name ?? "none"} · managed by{" "}
              {p.managers.map((m) => m.user.name).join(", ") || "nobody"}
            </p>
          </li>
        ))}
        {!properties.length && <li className="p-4 text-sm text-slate-600">No properties are assigned to you yet.</li>}
      </ul>
    </main>
  );
}
