import type { Metadata } from "next";
import { ReportView } from "@/components/reports/report-view";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { offeredFilters, parseReportFilters } from "@/lib/reports/filters";
import { reportOptions } from "@/lib/reports/options";
import { reportScope } from "@/lib/reports/scope";
import { OWNER_SECTIONS, parseSection } from "@/lib/reports/section-types";
import { readSection } from "@/lib/reports/sections";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("ownerReports.title") };
}

type Params = Record<string, string | string[] | undefined>;

/** An owner's reports: speed, SLA, repeats and costs of their own properties, read-only (no queue links). */
export default async function OwnerReports({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await pageActor("reports:view", "/owner/reports");
  const now = new Date(); // this page's one reading of the clock
  const params = await searchParams;
  const scope = await reportScope(actor, now);

  const section = parseSection(params.section, OWNER_SECTIONS);
  const [all, { t }] = await Promise.all([reportOptions(scope), getT()]);
  const options = { ...all, vendors: [] }; // an owner's reports are not filtered by vendor
  const filters = offeredFilters(parseReportFilters(params, now, scope.timeZone), options);
  const view = await readSection(section, scope, filters, now);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("ownerReports.title")}</h1>
      <p className="mt-1 text-slate-600">{t("ownerReports.lead")}</p>
      <ReportView
        timeZone={scope.timeZone}
        base="/owner/reports"
        sections={OWNER_SECTIONS}
        view={view}
        filters={filters}
        options={options}
        link={null}
        numbers={null}
        openQueue={null}
      />
    </main>
  );
}
