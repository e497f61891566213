// One report section at a time: the page and the CSV export ask for the section in view, so a
// page load runs only that section's queries.
import "server-only";
import { costsReport } from "@/lib/reports/costs";
import type { ReportFilters } from "@/lib/reports/filters";
import { repeatsReport } from "@/lib/reports/repeats";
import { slaReport } from "@/lib/reports/sla";
import { speedReport } from "@/lib/reports/speed";
import { tenantsReport } from "@/lib/reports/tenants";
import type { ReportScope } from "@/lib/reports/types";
import { vendorsReport } from "@/lib/reports/vendors";
import { volumeReport } from "@/lib/reports/volume";
import type { SectionData, SectionId } from "@/lib/reports/section-types";

export async function readSection(
  section: SectionId,
  scope: ReportScope,
  f: ReportFilters,
  now: Date,
): Promise<SectionData> {
  switch (section) {
    case "speed":
      return { section, data: await speedReport(scope, f, now) };
    case "sla":
      return { section, data: await slaReport(scope, f, now) };
    case "volume":
      return { section, data: await volumeReport(scope, f, now) };
    case "repeats":
      return { section, data: await repeatsReport(scope, f, now) };
    case "vendors":
      return { section, data: await vendorsReport(scope, f, now) };
    case "tenants":
      return { section, data: await tenantsReport(scope, f, now) };
    case "costs":
      return { section, data: await costsReport(scope, f, now) };
  }
}
