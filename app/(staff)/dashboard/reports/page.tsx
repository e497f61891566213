import type { Metadata } from "next";
import { ReportView } from "@/components/reports/report-view";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { offeredFilters, parseReportFilters } from "@/lib/reports/filters";
import { reportOptions } from "@/lib/reports/options";
import { reportScope } from "@/lib/reports/scope";
import { parseSection, SECTIONS } from "@/lib/reports/section-types";
import { readSection } from "@/lib/reports/sections";
import { groupQueueFilter } from "@/lib/reports/queue-links";
import { parseQueueFilter, queueHref } from "@/lib/work-orders/queue-filter";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("nav.reports") };
}

type Params = Record<string, string | string[] | undefined>;

export default async function Reports({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await pageActor("reports:view", "/dashboard/reports");
  const now = new Date(); // this page's one reading of the clock
  const params = await searchParams;
  const scope = await reportScope(actor, now);

  const section = parseSection(
    params.section,
    SECTIONS.map((s) => s.id),
  );
  const [options, { t }] = await Promise.all([reportOptions(scope), getT()]);
  const filters = offeredFilters(parseReportFilters(params, now, scope.timeZone), options);
  const view = await readSection(section, scope, filters, now);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("nav.reports")}</h1>
      <p className="mt-1 text-slate-600">{t(actor.role === "ADMIN" ? "reports.leadAll" : "reports.leadMine")}</p>
      <ReportView
        timeZone={scope.timeZone}
        base="/dashboard/reports"
        sections={SECTIONS.map((s) => s.id)}
        view={view}
        filters={filters}
        options={options}
        link={(g, clock) => {
          const f = groupQueueFilter(filters, g, clock);
          return f && queueHref(f);
        }}
        numbers={(ns) => (ns.length ? queueHref({ ...parseQueueFilter({ status: "ALL" }), numbers: ns }) : null)}
        openQueue={queueHref({
          ...parseQueueFilter({}),
          propertyId: filters.propertyId,
          categoryId: filters.categoryId,
          priority: filters.priority,
          vendorId: filters.vendorId,
        })}
      />
    </main>
  );
}
