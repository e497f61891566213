// What each report number means (issue 18), in English: the words beside each number, and the
// README's "Reports: definitions" (scripts/report-definitions.ts writes it from these). {created}
// is the shared first sentence (def.created); {callbackWindow} is the organisation's setting.
// Spread into en.ts; report-defs-es.ts has the same keys.
export const reportDefsEn = {
  "def.created": "Work orders created in the period (in scope and matching the filters), whatever their status now.",
  "def.time.calendar": "calendar",
  "def.time.business": "business",
  "def.time.none": "not a duration",
  "def.days": "{n:# day|# days}",
  "def.speed.firstResponse.title": "Time to first response",
  "def.speed.firstResponse.counts": "{created} Only those that have had a response are measured.",
  "def.speed.firstResponse.clock":
    "Starts when the request is created; stops at the first manager action on it (acknowledge or assign). Median, 90th percentile and mean, in hours.",
  "def.speed.schedule.title": "Time to schedule",
  "def.speed.schedule.counts": "{created} Only those that have been scheduled are measured.",
  "def.speed.schedule.clock":
    "Starts when the request is created; stops when a visit is first booked (the first change to Scheduled).",
  "def.speed.complete.title": "Time to complete",
  "def.speed.complete.counts": "{created} Only those completed (Completed or Closed) are measured.",
  "def.speed.complete.clock":
    "Starts when the request is created; stops at completion. A reopened work order stops at its last completion.",
  "def.speed.close.title": "Time to close",
  "def.speed.close.counts": "{created} Only those closed are measured.",
  "def.speed.close.clock":
    "Starts when the request is created; stops when it is closed (by the tenant, staff or the automatic close).",
  "def.speed.speedOfRepair.title": "Speed of repair",
  "def.speed.speedOfRepair.counts": "{created} Only those completed are measured.",
  "def.speed.speedOfRepair.clock":
    "Created to completed, in days: mean and median. Property Meld's measure: 6.9 days on average in 2025; 5.5 days or less marks operators with good reviews.",
  "def.speed.trend.title": "Trend",
  "def.speed.trend.counts":
    "{created} Grouped by the week (Monday) or month of creation in the organisation's time zone: weeks for periods up to 120 days, months beyond.",
  "def.speed.trend.clock": "Median time to first response and to complete of each week's or month's requests.",
  "def.sla.response.title": "Response on time",
  "def.sla.response.counts":
    "{created} Cancelled work is left out, and so is work not yet answered whose response is not yet due.",
  "def.sla.response.clock":
    "A hit when the first response came at or before the response due time stored on the work order; a miss when it came later, or has not come and the due time has passed.",
  "def.sla.resolution.title": "Resolution on time",
  "def.sla.resolution.counts":
    "{created} Cancelled work is left out, and so is unfinished work whose resolution is not yet due.",
  "def.sla.resolution.clock":
    "A hit when the work was completed at or before the resolution due time; a miss when later, or unfinished past it. Due times run on calendar time for Emergency and Urgent and on business days (working week and holidays) for Routine and Low.",
  "def.sla.breaches.title": "Breaches",
  "def.sla.breaches.counts":
    "Each missed response or resolution target of the work orders above; the 100 with the latest due times are listed, with the total.",
  "def.sla.breaches.clock":
    "How late: from the due time to when the target was met, or to now while it is still unmet.",
  "def.volume.throughput.title": "Requests in and out",
  "def.volume.throughput.counts":
    "In: work orders created in each week of the period. Out: work orders whose completion falls in each week (a reopened one counts when completed again).",
  "def.volume.throughput.clock": "Weeks start on Monday in the organisation's time zone.",
  "def.volume.backlog.title": "Open backlog by age",
  "def.volume.backlog.counts":
    "Work orders open now — New, Assigned or Scheduled, whenever created; the period does not apply, the other filters do.",
  "def.volume.backlog.clock": "Age in whole days since creation: 0–2, 3–7, 8–14, 15–30, and more than 30.",
  "def.volume.stages.title": "Time in each stage",
  "def.volume.stages.counts":
    "{created} Each stay in New, Assigned, Scheduled or Completed; a work order reopened or given back stays in a stage more than once. Stays still running are counted as current, not measured.",
  "def.volume.stages.clock":
    "Starts when the work order enters the status (creation for New); stops at its next change to another status. A reschedule or a reassignment does not end the stay.",
  "def.volume.holds.title": "Time on hold",
  "def.volume.holds.counts": "Holds placed in the period on work orders in scope, by the reason given when placed.",
  "def.volume.holds.clock":
    "Starts when the hold is placed; stops when it is released. A hold never released runs to now while the work is still on hold, otherwise to its completion, closing or cancellation.",
  "def.repeats.sameUnit.title": "Same unit, same category",
  "def.repeats.sameUnit.counts":
    "{created} Cancelled requests are left out. A unit with two or more requests of one category is listed; the 500 with the most requests are shown, with the total.",
  "def.repeats.sameUnit.clock": "Within the period.",
  "def.repeats.spikes.title": "Category spike at a property",
  "def.repeats.spikes.counts":
    "{created} Cancelled requests are left out. Listed when a category has 3 or more requests from 2 or more units of one property; rising when that is at least twice the previous period of the same length.",
  "def.repeats.spikes.clock": "The period, against the one just before it.",
  "def.repeats.callbacks.title": "Callbacks",
  "def.repeats.callbacks.counts":
    "Work orders in scope that came back in the period: reopened after completion (Completed or Closed back to Assigned), or followed by a new, not cancelled request for the same unit and category.",
  "def.repeats.callbacks.clock":
    "A new request counts when made within the organisation's callback window ({callbackWindow}) after the vendor's or technician's completion.",
  "def.vendors.table.title": "Vendors and technicians",
  "def.vendors.table.counts":
    "Jobs: work orders created in the period now held by the vendor or in-house technician. Declined (given back to New) and lost (reassigned to someone else) count when that happened in the period.",
  "def.vendors.table.clock":
    "Response: assigned to accepted. On time: arrived by the end of the booked window. Completion: assigned to completed. First-time fix: completed jobs never reopened nor followed by a callback within the organisation's callback window ({callbackWindow}). Cost: actual cost of the jobs; against estimate: actual minus the approved estimate, over jobs with both.",
  "def.tenants.rating.title": "Tenant rating",
  "def.tenants.rating.counts":
    "Work orders closed in the period; the rating is the tenant's 1–5 after closing. Survey response rate: rated ÷ closed.",
  "def.tenants.rating.clock": "Not a duration.",
  "def.tenants.selfHelp.title": "Self-help deflection",
  "def.tenants.selfHelp.counts":
    'Fixed: "this fixed it" answers in the period at properties in scope (an answer on a QR form counts for its property even with no unit chosen). Shown: those plus the requests made in the period in a category with tips (the form shows the tips before sending). Deflection: fixed ÷ shown.',
  "def.tenants.selfHelp.clock": "Not a duration. The priority and vendor filters do not apply.",
  "def.costs.spend.title": "Spend",
  "def.costs.spend.counts":
    "Completed or closed work orders whose completion falls in the period; the actual cost recorded at completion.",
  "def.costs.spend.clock": "Months are cut in the organisation's time zone.",
  "def.costs.approvals.title": "Owner approval turnaround",
  "def.costs.approvals.counts":
    "Estimates created in the period on work orders in scope. Approvals deemed after the owner's silence are counted apart; undecided estimates are pending.",
  "def.costs.approvals.clock": "Starts when the estimate is created; stops at the owner's first decision.",
  "def.costs.estimateVsActual.title": "Estimate against actual",
  "def.costs.estimateVsActual.counts":
    "Completed work in the period with both an approved estimate (the one approved last) and an actual cost.",
  "def.costs.estimateVsActual.clock": "Actual minus approved estimate, summed.",
} as const;
