// What every report number means, in words shown beside the number and repeated in README.md
// ("Reports: definitions", written from this file by scripts/report-definitions.ts). Plain data:
// components import it. A word in braces is the organisation's setting: the page fills in its value
// (`definitionText`), the README the default and where it is set. All durations are calendar time (UTC instants, so DST changes add or take
// no hour); only the SLA due times are in business time where the priority says so.

export type MetricDefinition = {
  title: string;
  /** Which work orders (or events) are counted. */
  counts: string;
  /** What starts and stops the clock, or how the number is made. */
  clock: string;
  time: "calendar" | "business" | "not a duration";
};

const CREATED = "Work orders created in the period (in scope and matching the filters), whatever their status now.";
const CAL = "calendar" as const;

export const DEFINITIONS = {
  "speed.firstResponse": {
    title: "Time to first response",
    counts: `${CREATED} Only those that have had a response are measured.`,
    clock:
      "Starts when the request is created; stops at the first manager action on it (acknowledge or assign). Median, 90th percentile and mean, in hours.",
    time: CAL,
  },
  "speed.schedule": {
    title: "Time to schedule",
    counts: `${CREATED} Only those that have been scheduled are measured.`,
    clock: "Starts when the request is created; stops when a visit is first booked (the first change to Scheduled).",
    time: CAL,
  },
  "speed.complete": {
    title: "Time to complete",
    counts: `${CREATED} Only those completed (Completed or Closed) are measured.`,
    clock:
      "Starts when the request is created; stops at completion. A reopened work order stops at its last completion.",
    time: CAL,
  },
  "speed.close": {
    title: "Time to close",
    counts: `${CREATED} Only those closed are measured.`,
    clock: "Starts when the request is created; stops when it is closed (by the tenant, staff or the automatic close).",
    time: CAL,
  },
  "speed.speedOfRepair": {
    title: "Speed of repair",
    counts: `${CREATED} Only those completed are measured.`,
    clock:
      "Created to completed, in days: mean and median. Property Meld's measure: 6.9 days on average in 2025; 5.5 days or less marks operators with good reviews.",
    time: CAL,
  },
  "speed.trend": {
    title: "Trend",
    counts: `${CREATED} Grouped by the week (Monday) or month of creation in the organisation's time zone: weeks for periods up to 120 days, months beyond.`,
    clock: "Median time to first response and to complete of each week's or month's requests.",
    time: CAL,
  },
  "sla.response": {
    title: "Response on time",
    counts: `${CREATED} Cancelled work is left out, and so is work not yet answered whose response is not yet due.`,
    clock:
      "A hit when the first response came at or before the response due time stored on the work order; a miss when it came later, or has not come and the due time has passed.",
    time: "business",
  },
  "sla.resolution": {
    title: "Resolution on time",
    counts: `${CREATED} Cancelled work is left out, and so is unfinished work whose resolution is not yet due.`,
    clock:
      "A hit when the work was completed at or before the resolution due time; a miss when later, or unfinished past it. Due times run on calendar time for Emergency and Urgent and on business days (working week and holidays) for Routine and Low.",
    time: "business",
  },
  "sla.breaches": {
    title: "Breaches",
    counts:
      "Each missed response or resolution target of the work orders above; the 100 with the latest due times are listed, with the total.",
    clock: "How late: from the due time to when the target was met, or to now while it is still unmet.",
    time: CAL,
  },
  "volume.throughput": {
    title: "Requests in and out",
    counts:
      "In: work orders created in each week of the period. Out: work orders whose completion falls in each week (a reopened one counts when completed again).",
    clock: "Weeks start on Monday in the organisation's time zone.",
    time: "not a duration",
  },
  "volume.backlog": {
    title: "Open backlog by age",
    counts:
      "Work orders open now — New, Assigned or Scheduled, whenever created; the period does not apply, the other filters do.",
    clock: "Age in whole days since creation: 0–2, 3–7, 8–14, 15–30, and more than 30.",
    time: CAL,
  },
  "volume.stages": {
    title: "Time in each stage",
    counts: `${CREATED} Each stay in New, Assigned, Scheduled or Completed; a work order reopened or given back stays in a stage more than once. Stays still running are counted as current, not measured.`,
    clock:
      "Starts when the work order enters the status (creation for New); stops at its next change to another status. A reschedule or a reassignment does not end the stay.",
    time: CAL,
  },
  "volume.holds": {
    title: "Time on hold",
    counts: "Holds placed in the period on work orders in scope, by the reason given when placed.",
    clock:
      "Starts when the hold is placed; stops when it is released. A hold never released runs to now while the work is still on hold, otherwise to its completion, closing or cancellation.",
    time: CAL,
  },
  "repeats.sameUnit": {
    title: "Same unit, same category",
    counts: `${CREATED} Cancelled requests are left out. A unit with two or more requests of one category is listed.`,
    clock: "Within the period.",
    time: "not a duration",
  },
  "repeats.spikes": {
    title: "Category spike at a property",
    counts: `${CREATED} Cancelled requests are left out. Listed when a category has 3 or more requests from 2 or more units of one property; rising when that is at least twice the previous period of the same length.`,
    clock: "The period, against the one just before it.",
    time: "not a duration",
  },
  "repeats.callbacks": {
    title: "Callbacks",
    counts:
      "Work orders in scope that came back in the period: reopened after completion (Completed or Closed back to Assigned), or followed by a new, not cancelled request for the same unit and category.",
    clock:
      "A new request counts when made within the organisation's callback window ({callbackWindow}) after the vendor's or technician's completion.",
    time: CAL,
  },
  "vendors.table": {
    title: "Vendors and technicians",
    counts:
      "Jobs: work orders created in the period now held by the vendor or in-house technician. Declined (given back to New) and lost (reassigned to someone else) count when that happened in the period.",
    clock:
      "Response: assigned to accepted. On time: arrived by the end of the booked window. Completion: assigned to completed. First-time fix: completed jobs never reopened nor followed by a callback within the organisation's callback window ({callbackWindow}). Cost: actual cost of the jobs; against estimate: actual minus the approved estimate, over jobs with both.",
    time: CAL,
  },
  "tenants.rating": {
    title: "Tenant rating",
    counts:
      "Work orders closed in the period; the rating is the tenant's 1–5 after closing. Survey response rate: rated ÷ closed.",
    clock: "Not a duration.",
    time: "not a duration",
  },
  "tenants.selfHelp": {
    title: "Self-help deflection",
    counts:
      'Fixed: "this fixed it" answers in the period at units in scope. Shown: those plus the requests made in the period in a category with tips (the form shows the tips before sending). Deflection: fixed ÷ shown.',
    clock: "Not a duration. The priority and vendor filters do not apply.",
    time: "not a duration",
  },
  "costs.spend": {
    title: "Spend",
    counts:
      "Completed or closed work orders whose completion falls in the period; the actual cost recorded at completion.",
    clock: "Months are cut in the organisation's time zone.",
    time: "not a duration",
  },
  "costs.approvals": {
    title: "Owner approval turnaround",
    counts:
      "Estimates created in the period on work orders in scope. Approvals deemed after the owner's silence are counted apart; undecided estimates are pending.",
    clock: "Starts when the estimate is created; stops at the owner's first decision.",
    time: CAL,
  },
  "costs.estimateVsActual": {
    title: "Estimate against actual",
    counts: "Completed work in the period with both an approved estimate (the one approved last) and an actual cost.",
    clock: "Actual minus approved estimate, summed.",
    time: "not a duration",
  },
} satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof DEFINITIONS;

/** The settings a definition may name, filled in for the reader. */
export type DefinitionVars = { callbackWindow?: string };

/** What the README says for each setting: its default, and where an organisation changes it. */
const DEFAULT_VARS: Required<DefinitionVars> = {
  callbackWindow: "30 days unless changed in Settings → Timings and thresholds",
};

/** A definition's text with the organisation's settings in it (the defaults for a setting not given). */
export function definitionText(text: string, vars: DefinitionVars = {}): string {
  return text.replace(/\{(\w+)\}/g, (all, k: string) =>
    k in DEFAULT_VARS ? (vars[k as keyof DefinitionVars] ?? DEFAULT_VARS[k as keyof DefinitionVars]) : all,
  );
}

/** The README section, made from the same words. */
export function definitionsMarkdown(): string {
  const rows = Object.entries(DEFINITIONS).map(
    ([id, d]) => `- **${d.title}** (\`${id}\`, ${d.time} time). ${definitionText(`${d.counts} ${d.clock}`)}`,
  );
  return ["## Reports: definitions", "", ...rows, ""].join("\n");
}
