import type { Metadata } from "next";
import Link from "next/link";
import { AuditList } from "@/components/audit/audit-list";
import { button, input, label } from "@/components/ui/styles";
import { AUDIT_ENTITIES, auditQuery, parseAuditFilters } from "@/lib/audit/filters";
import { auditPage } from "@/lib/audit/reads";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("audit.title") };
}

type Params = Record<string, string | string[] | undefined>;

export default async function AuditLog({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await pageActor("audit:view", "/dashboard/audit");
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, timeZone, people, next }, { t }] = await Promise.all([auditPage(actor, filters), getT()]);
  const { before: _page, ...sameFilters } = filters;
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <p className="mt-1 text-slate-600">{t("audit.lead", { zone: timeZone })}</p>
      <form method="get" action="/dashboard/audit" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-3 sm:grid-cols-4">
          <div>
            <label htmlFor="a-entity" className={label}>
              {t("audit.record")}
            </label>
            <select id="a-entity" name="entity" defaultValue={filters.entity ?? ""} className={input}>
              <option value="">{t("audit.everyKind")}</option>
              {Object.entries(AUDIT_ENTITIES).map(([id, name]) => (
                <option key={id} value={id}>
                  {t(name)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="a-actor" className={label}>
              {t("audit.who")}
            </label>
            <select id="a-actor" name="actor" defaultValue={filters.actor ?? ""} className={input}>
              <option value="">{t("audit.anyone")}</option>
              <option value="system">{t("audit.system")}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {t("audit.person", { name: p.name, role: `audit.role.${p.role}` })}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="a-from" className={label}>
              {t("audit.from")}
            </label>
            <input id="a-from" name="from" type="date" defaultValue={filters.from} className={input} />
          </div>
          <div>
            <label htmlFor="a-to" className={label}>
              {t("audit.to")}
            </label>
            <input id="a-to" name="to" type="date" defaultValue={filters.to} className={input} />
          </div>
        </div>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={button}>
            {t("audit.show")}
          </button>
          <a className="self-center text-brand underline" href={`/api/audit/export${auditQuery(sameFilters)}`}>
            {t("audit.csv")}
          </a>
        </div>
      </form>
      <AuditList rows={rows} timeZone={timeZone} />
      <nav aria-label={t("audit.pages")} className="mt-4 flex gap-4">
        {filters.before && (
          <Link className="text-brand underline" href={`/dashboard/audit${auditQuery(sameFilters)}`}>
            {t("audit.newest")}
          </Link>
        )}
        {next && (
          <Link className="text-brand underline" href={`/dashboard/audit${auditQuery(sameFilters, { before: next })}`}>
            {t("audit.older")}
          </Link>
        )}
      </nav>
    </main>
  );
}
