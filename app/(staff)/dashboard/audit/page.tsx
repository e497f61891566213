import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/audit/audit-list";
import { button, input, label } from "@/components/ui/styles";
import { AUDIT_ENTITIES, auditQuery, parseAuditFilters } from "@/lib/audit/filters";
import { auditPage } from "@/lib/audit/reads";
import { pageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

type Params = Record<string, string | string[] | undefined>;

export default async function AuditLog({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await pageActor("audit:view", "/dashboard/audit");
  const filters = parseAuditFilters(await searchParams);
  const { rows, timeZone, people, next } = await auditPage(actor, filters);
  const { before: _page, ...sameFilters } = filters;
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-slate-600">
        Every change to settings, the directory and people, and every sign-in: who, when, and what changed. Codes and
        secrets show only that they changed. Times are in {timeZone}.
      </p>
      <form method="get" action="/dashboard/audit" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-3 sm:grid-cols-4">
          <div>
            <label htmlFor="a-entity" className={label}>
              Record
            </label>
            <select id="a-entity" name="entity" defaultValue={filters.entity ?? ""} className={input}>
              <option value="">Every kind</option>
              {Object.entries(AUDIT_ENTITIES).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="a-actor" className={label}>
              Who
            </label>
            <select id="a-actor" name="actor" defaultValue={filters.actor ?? ""} className={input}>
              <option value="">Anyone</option>
              <option value="system">System (no one signed in)</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.role.toLowerCase()})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="a-from" className={label}>
              From
            </label>
            <input id="a-from" name="from" type="date" defaultValue={filters.from} className={input} />
          </div>
          <div>
            <label htmlFor="a-to" className={label}>
              To
            </label>
            <input id="a-to" name="to" type="date" defaultValue={filters.to} className={input} />
          </div>
        </div>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={button}>
            Show
          </button>
          <a className="self-center text-brand underline" href={`/api/audit/export${auditQuery(sameFilters)}`}>
            Download CSV
          </a>
        </div>
      </form>
      <AuditList rows={rows} timeZone={timeZone} />
      <nav aria-label="Pages" className="mt-4 flex gap-4">
        {filters.before && (
          <Link className="text-brand underline" href={`/dashboard/audit${auditQuery(sameFilters)}`}>
            Newest
          </Link>
        )}
        {next && (
          <Link className="text-brand underline" href={`/dashboard/audit${auditQuery(sameFilters, { before: next })}`}>
            Older entries
          </Link>
        )}
      </nav>
    </main>
  );
}
