// The reports' view types: plain, serialisable data (numbers, strings, ISO instants), so pages,
// charts and CSV exports import them without pulling in any server code. Every number a page links
// to the queue carries the key of its group (categoryId, propertyId, priority or vendorId).
// Durations are calendar hours unless a name says days; rates are 0–1; money is integer cents.

/** What a user may report on: their organisation's properties (all of them for an admin). */
export type ReportScope = {
  orgId: string;
  propertyIds: string[];
  /** The organisation's IANA time zone: weeks and months are cut in it. */
  timeZone: string;
  /** The organisation's callback window: a new request this many days after a completion is a callback. */
  callbackWindowDays: number;
};

/** How a grouped row is keyed. `overall` has key null; `vendor` has key null for "no vendor". */
export type Dimension = "overall" | "category" | "property" | "priority" | "vendor";

export type GroupKey = {
  dimension: Dimension;
  /** categoryId, propertyId, the priority (EMERGENCY…LOW) or vendorId: what the queue filters on. */
  key: string | null;
  /** A name to show: the category, property or vendor name, or the priority itself. */
  label: string;
};

export type DurationStat = {
  /** Work orders whose clock has stopped (only these are measured). */
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
  meanHours: number | null;
};

// ---- speed ----
export type SpeedRow = GroupKey & {
  workOrders: number;
  firstResponse: DurationStat;
  schedule: DurationStat;
  complete: DurationStat;
  close: DurationStat;
};

export type TrendPoint = {
  /** First local day of the week (Monday) or month, YYYY-MM-DD, in the organisation's time zone. */
  bucket: string;
  workOrders: number;
  completed: number;
  firstResponseMedianHours: number | null;
  completeMedianHours: number | null;
};

export type SpeedReport = {
  rows: SpeedRow[];
  trendUnit: "week" | "month";
  trend: TrendPoint[];
  /** Property Meld's "speed of repair": created → completed, in days. */
  speedOfRepair: { completed: number; meanDays: number | null; medianDays: number | null };
};

// ---- sla ----
export type HitRate = { hits: number; misses: number; rate: number | null };

export type SlaRow = GroupKey & { response: HitRate; resolution: HitRate };

export type SlaBreach = {
  workOrderId: string;
  trackingNumber: number;
  priority: string;
  propertyId: string;
  categoryId: string;
  vendorId: string | null;
  missed: "RESPONSE" | "RESOLUTION";
  dueAt: string;
  /** When the target was met late, or null while it is still unmet. */
  metAt: string | null;
  /** How late: met (or now, while unmet) minus due. */
  hoursLate: number;
};

export type SlaReport = { rows: SlaRow[]; breaches: SlaBreach[]; breachCount: number };

// ---- volume ----
export type ThroughputPoint = { week: string; created: number; completed: number };
export type AgingBucket = { bucket: "0-2" | "3-7" | "8-14" | "15-30" | "30+"; minDays: number; count: number };
export type StageTime = {
  stage: "NEW" | "ASSIGNED" | "SCHEDULED" | "COMPLETED";
  /** Finished stays in the stage (a reopened work order can stay in a stage twice). */
  stays: number;
  medianHours: number | null;
  p90Hours: number | null;
  /** Work orders in this stage now (their stay is not measured yet). */
  current: number;
};
export type HoldTime = {
  reason: string;
  holds: number;
  open: number;
  totalHours: number;
  medianHours: number | null;
};
export type VolumeReport = {
  throughput: ThroughputPoint[];
  backlog: AgingBucket[];
  backlogTotal: number;
  stages: StageTime[];
  holds: HoldTime[];
};

// ---- repeats ----
export type RepeatUnit = {
  propertyId: string;
  property: string;
  unitId: string;
  unit: string;
  categoryId: string;
  category: string;
  count: number;
  trackingNumbers: number[];
};
export type CategorySpike = {
  propertyId: string;
  property: string;
  categoryId: string;
  category: string;
  count: number;
  units: number;
  previousCount: number;
  /** At least double the previous equal period. */
  rising: boolean;
};
export type Callback = {
  kind: "REOPENED" | "NEW_REQUEST";
  workOrderId: string;
  trackingNumber: number;
  /** The new request (NEW_REQUEST) or null for a reopen. */
  followUpTrackingNumber: number | null;
  vendorId: string | null;
  technicianId: string | null;
  propertyId: string;
  categoryId: string;
  at: string;
};
export type RepeatsReport = {
  /** The SAME_UNIT_LIMIT groups with the most requests (then by property, unit and category name). */
  sameUnit: RepeatUnit[];
  /** How many groups there are in all. */
  sameUnitTotal: number;
  spikes: CategorySpike[];
  callbacks: Callback[];
  /** The callback window the callbacks were found with, in days. */
  callbackWindowDays: number;
};

// ---- vendors ----
export type VendorRow = {
  kind: "VENDOR" | "TECHNICIAN";
  /** vendorId for a vendor, the technician's user id for an in-house technician. */
  id: string;
  vendorId: string | null;
  technicianId: string | null;
  name: string;
  jobs: number;
  declined: number;
  lost: number;
  medianResponseHours: number | null;
  onTimeRate: number | null;
  medianCompletionHours: number | null;
  firstTimeFixRate: number | null;
  averageRating: number | null;
  ratings: number;
  totalCostCents: number;
  averageCostCents: number | null;
  /** Σ (actual − approved estimate) over the jobs that have both, and how many those are. */
  overEstimateCents: number;
  estimatedJobs: number;
};
export type VendorsReport = {
  rows: VendorRow[];
  /** First-time fix counts a callback within this many days of the completion. */
  callbackWindowDays: number;
};

// ---- tenants ----
export type TenantsReport = {
  closed: number;
  rated: number;
  responseRate: number | null;
  averageRating: number | null;
  /** distribution[0] is the number of 1-star ratings … distribution[4] of 5-star ones. */
  distribution: [number, number, number, number, number];
  selfHelp: { tipsShown: number; fixed: number; deflectionRate: number | null };
};

// ---- costs ----
export type SpendRow = GroupKey & { jobs: number; costed: number; cents: number };
export type SpendMonth = { month: string; jobs: number; cents: number };
export type CostsReport = {
  spend: SpendRow[];
  months: SpendMonth[];
  approvals: {
    decided: number;
    medianHours: number | null;
    p90Hours: number | null;
    deemed: number;
    pending: number;
  };
  estimateVsActual: { jobs: number; estimateCents: number; actualCents: number; deltaCents: number };
};
