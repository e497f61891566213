// The report sections, who sees which, and their data as plain view types.
import type {
  CostsReport,
  RepeatsReport,
  SlaReport,
  SpeedReport,
  TenantsReport,
  VendorsReport,
  VolumeReport,
} from "@/lib/reports/types";

export const SECTIONS = [
  { id: "speed", name: "Speed" },
  { id: "sla", name: "SLA" },
  { id: "volume", name: "Volume and bottlenecks" },
  { id: "repeats", name: "Repeat issues" },
  { id: "vendors", name: "Vendors" },
  { id: "tenants", name: "Tenants" },
  { id: "costs", name: "Costs" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

/** What an owner sees of their properties (issue 17): speed, SLA, repeats and costs. */
export const OWNER_SECTIONS: readonly SectionId[] = ["speed", "sla", "repeats", "costs"];

export function parseSection(value: unknown, allowed: readonly SectionId[]): SectionId {
  return allowed.find((s) => s === value) ?? allowed[0];
}

export type SectionData =
  | { section: "speed"; data: SpeedReport }
  | { section: "sla"; data: SlaReport }
  | { section: "volume"; data: VolumeReport }
  | { section: "repeats"; data: RepeatsReport }
  | { section: "vendors"; data: VendorsReport }
  | { section: "tenants"; data: TenantsReport }
  | { section: "costs"; data: CostsReport };

/** The choices of the reports' filter form: only what the reader may report on. */
export type ReportOptions = {
  properties: { id: string; name: string }[];
  categories: { id: string; name: string }[];
  vendors: { id: string; name: string }[];
};
