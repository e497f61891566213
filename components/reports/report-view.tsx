// A report page's body: the section tabs (links keeping the filters), the filters, the CSV links
// and the section in view. Staff get links from each number to the queue; owners have no queue.
import Link from "next/link";
import { ReportFiltersForm } from "@/components/reports/report-filters";
import { SlaSection, SpeedSection, type GroupLink, type NumbersLink } from "@/components/reports/speed-sla";
import { RepeatsSection, VolumeSection } from "@/components/reports/volume-repeats";
import { CostsSection, TenantsSection, VendorsSection } from "@/components/reports/vendors-tenants-costs";
import { buttonSecondary } from "@/components/ui/styles";
import { filtersToQuery, type ReportFilters } from "@/lib/reports/filters";
import type { ReportOptions } from "@/lib/reports/section-types";
import { SECTIONS, type SectionData, type SectionId } from "@/lib/reports/section-types";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages/en";

const sectionKey = (id: SectionId): MessageKey => `reports.section.${id}`;

export async function ReportView({
  base,
  sections,
  view,
  filters,
  options,
  link,
  numbers,
  openQueue,
  timeZone,
}: {
  timeZone: string;
  base: string;
  sections: readonly SectionId[];
  view: SectionData;
  filters: ReportFilters;
  options: ReportOptions;
  link: GroupLink;
  numbers: NumbersLink;
  openQueue: string | null;
}) {
  const { t } = await getT();
  const q = filtersToQuery(filters);
  const href = (section: string, path = base) => `${path}?${new URLSearchParams([["section", section], ...q])}`;
  const current = SECTIONS.find((s) => s.id === view.section)!;
  return (
    <>
      {/* Wrapped, not scrolled: on a phone every section, the current one too, stays in sight. */}
      <nav aria-label={t("reports.sections")} className="mt-4">
        <ul className="flex flex-wrap gap-2 whitespace-nowrap">
          {SECTIONS.filter((s) => sections.includes(s.id)).map((s) => (
            <li key={s.id}>
              <Link
                href={href(s.id)}
                aria-current={s.id === view.section ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold ${
                  s.id === view.section
                    ? "border-brand bg-brand text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                {t(sectionKey(s.id))}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReportFiltersForm action={base} section={view.section} filters={filters} options={options} />
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-bold">{t(sectionKey(current.id))}</h2>
        <div className="flex flex-wrap gap-2">
          <a className={buttonSecondary} href={href(view.section, "/api/reports/export")} download>
            {t("reports.download", { section: sectionKey(current.id) })}
          </a>
          <a className={buttonSecondary} href={href("work-orders", "/api/reports/export")} download>
            {t("reports.downloadAll")}
          </a>
        </div>
      </div>
      {view.section === "speed" && <SpeedSection data={view.data} link={link} />}
      {view.section === "sla" && <SlaSection data={view.data} link={link} numbers={numbers} timeZone={timeZone} />}
      {view.section === "volume" && <VolumeSection data={view.data} openQueue={openQueue} />}
      {view.section === "repeats" && <RepeatsSection data={view.data} numbers={numbers} />}
      {view.section === "vendors" && <VendorsSection data={view.data} link={link} />}
      {view.section === "tenants" && <TenantsSection data={view.data} />}
      {view.section === "costs" && <CostsSection data={view.data} link={link} />}
    </>
  );
}
