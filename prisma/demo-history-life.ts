// One closed (or cancelled) work order of the demo's history, lived step by step the way the use
// cases would have written it: the events in order, and the clock columns, estimate and approval
// they leave behind. Pure: times come from the request's creation and the seeded random.
import type { Prisma } from "@/lib/db/generated/client";
import type { Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import { formatCents } from "@/lib/money";
import { approvalRule } from "@/lib/work-orders/approval-rules";
import { DEFAULT_TIMINGS } from "@/lib/timings";
import { computeDueTimes, DEFAULT_SLA } from "@/lib/work-orders/sla";
import { DAY, HOUR, type DemoClock } from "./demo-history-clock";
import {
  CALLBACK_REASONS,
  COMPLETION_NOTES,
  ESTIMATE_TEXT,
  PROFILES,
  RATING_COMMENTS,
  type Profile,
} from "./demo-history-text";

export type Person = { id: string | null; name: string };
export type HistoryVendor = { id: string; company: string; hourlyRateCents: number; callOutFeeCents: number };
export type HistoryProperty = {
  id: string;
  name: string;
  manager: Person;
  owner: { id: string; userId: string; name: string };
};
export type HistoryUnit = { id: string; property: HistoryProperty; label: string; tenant: Person; leaseStart: Date };

export type Request = {
  createdAt: number;
  unit: HistoryUnit;
  category: { id: string; name: string };
  priority: Priority;
  description: string;
  /** The vendor who does the work, and who had it first if it was declined or taken away. */
  vendor: HistoryVendor;
  before?: { vendor: HistoryVendor; how: "declined" | "lost" };
};

export type Lived = {
  workOrder: Prisma.WorkOrderCreateManyInput;
  events: Prisma.WorkOrderEventCreateManyInput[];
  estimate?: Prisma.CostEstimateCreateManyInput;
  approval?: Prisma.CostApprovalCreateManyInput;
  completedAt?: number;
  end: number;
  /** A new request for the same unit and category this job will cause (a callback), if any. */
  followUpAt?: number;
};

export type LifeContext = {
  id: (kind: string) => string;
  rand: () => number;
  clock: DemoClock;
  orgId: string;
  calendar: Parameters<typeof computeDueTimes>[3];
  limits: { managerLimitCents: number; ownerLimitCents: number };
};

const RESPONSE_HOURS: Record<Priority, [number, number]> = {
  EMERGENCY: [0.1, 0.8],
  URGENT: [0.4, 5],
  ROUTINE: [1, 16],
  LOW: [3, 36],
};
const ESTIMATE_SHARE: Record<string, number> = { Appliances: 0.3, HVAC: 0.25, Structural: 0.2, Plumbing: 0.15 };
/** Oak Terrace's manager also covers the office: its requests wait longer for a first answer and a booking. */
const SLOWER_PROPERTY = "Oak Terrace";

export function live(ctx: LifeContext, req: Request): Lived {
  const { rand, clock } = ctx;
  const lived = {} as Lived;
  const between = (a: number, b: number) => a + rand() * (b - a);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const woId = ctx.id("wo");
  const { unit, priority } = req;
  const manager = unit.property.manager;
  const slowProperty = unit.property.name === SLOWER_PROPERTY;
  const formerTenant = req.createdAt < unit.leaseStart.getTime();
  const tenant: Person = formerTenant ? { id: null, name: "Former tenant" } : unit.tenant;
  const vendorActor = (v: HistoryVendor): Person => ({ id: null, name: v.company });
  const profile: Profile = PROFILES[req.vendor.company] ?? PROFILES.default;
  const events: Prisma.WorkOrderEventCreateManyInput[] = [];
  let last = req.createdAt - 60_000;
  let status: WorkOrderStatus = "NEW";
  const ev = (
    type: string,
    at: number,
    who: Person,
    extra: { to?: WorkOrderStatus; details?: Prisma.InputJsonValue; staff?: boolean } = {},
  ) => {
    last = Math.max(last + 60_000, at); // strictly in order, a minute apart at least
    events.push({
      id: ctx.id("ev"),
      workOrderId: woId,
      actorId: who.id,
      actorLabel: who.name,
      type,
      fromStatus: type === "STATUS_CHANGED" ? status : undefined,
      toStatus: extra.to,
      details: extra.details ?? {},
      visibility: extra.staff ? "STAFF" : "PUBLIC",
      createdAt: new Date(last),
    });
    if (type === "STATUS_CHANGED" && extra.to) status = extra.to;
    return last;
  };
  const move = (to: WorkOrderStatus, at: number, who: Person, details: Prisma.InputJsonValue = {}) =>
    ev("STATUS_CHANGED", at, who, { to, details });

  ev("CREATED", req.createdAt, tenant, { to: "NEW", details: { priority } });
  const due = computeDueTimes(
    priority,
    new Date(req.createdAt),
    DEFAULT_SLA,
    ctx.calendar,
    DEFAULT_TIMINGS.slaAtRiskPercent,
  );
  const wo: Prisma.WorkOrderCreateManyInput = {
    id: woId,
    orgId: ctx.orgId,
    propertyId: unit.property.id,
    responsibleId: manager.id, // the property's default responsible manager (issue 18)
    unitId: unit.id,
    categoryId: req.category.id,
    reporterId: tenant.id,
    reporterName: formerTenant ? tenant.name : null,
    tenantSeverity: priority,
    priority,
    emergencyDetected: priority === "EMERGENCY",
    status: "NEW",
    description: req.description,
    permissionToEnter: rand() < 0.6,
    createdAt: new Date(req.createdAt),
    ...due,
  };

  // First response: the office sees routine work in working hours; Oak Terrace answers slower.
  const [lo, hi] = RESPONSE_HOURS[priority];
  const seen = priority === "ROUTINE" || priority === "LOW" ? clock.officeSees(req.createdAt) : req.createdAt;
  const respond = seen + between(lo, hi) * (slowProperty ? 3 : 1) * (rand() < 0.06 ? 3 : 1) * HOUR;

  const cancel = rand() < 0.06;
  if (cancel) {
    if (rand() < 0.6) {
      const at = move("CANCELLED", req.createdAt + between(0.3, 5) * HOUR, tenant, {
        reason: pick(["Fixed it myself with the tip shown.", "Sorted it myself, thanks.", "It started working again."]),
      });
      Object.assign(wo, { cancelledAt: new Date(at) });
    } else {
      wo.firstResponseAt = new Date(ev("ACKNOWLEDGED", respond, manager));
      const at = move("CANCELLED", respond + between(0.5, 24) * HOUR, manager, {
        reason: pick([
          "Duplicate of an earlier request.",
          "Covered by the appliance warranty; the tenant is arranging it.",
        ]),
      });
      wo.cancelledAt = new Date(at);
    }
    return finish();
  }

  // Assignment, perhaps after an acknowledgement; perhaps first to a vendor who declined or went quiet.
  let t = respond;
  if (priority !== "EMERGENCY" && rand() < 0.45) {
    wo.firstResponseAt = new Date(ev("ACKNOWLEDGED", t, manager));
    t += between(0.5, 6) * (slowProperty ? 1.8 : 1) * HOUR;
  }
  if (req.before) {
    const first = req.before.vendor;
    const a = move("ASSIGNED", t, manager, { vendor: first.company });
    wo.firstResponseAt ??= new Date(a);
    if (req.before.how === "declined") {
      t = move("NEW", a + between(1, 6) * HOUR, vendorActor(first), {
        reason: pick(["Fully booked this week, sorry.", "Not our kind of job."]),
      });
      t += between(0.3, 3) * HOUR;
    } else t = a + between(24, 30) * HOUR;
  }
  const assignedAt = move("ASSIGNED", t, manager, {
    vendor: req.vendor.company,
    ...(req.before?.how === "lost"
      ? { reason: `No reply from ${req.before.vendor.company} in a day: sending someone else.` }
      : {}),
  });
  wo.firstResponseAt ??= new Date(assignedAt);
  const v = vendorActor(req.vendor);
  const urgent = priority === "EMERGENCY" ? 0.25 : 1;
  const acceptedAt = ev("JOB_ACCEPTED", assignedAt + between(...profile.accept) * urgent * HOUR, v, {
    details: { by: req.vendor.company },
  });
  t = acceptedAt;
  if (priority !== "EMERGENCY" && rand() < 0.03) {
    ev("HOLD_PLACED", t + 0.5 * HOUR, v, { details: { reason: "TENANT_UNREACHABLE" } });
    t = ev("HOLD_RELEASED", t + between(12, 60) * HOUR, manager, { details: { reason: "TENANT_UNREACHABLE" } });
  }

  // The visit: booked by the vendor; a busy season or a slow vendor pushes it out.
  const busy = req.category.name === "HVAC" && [1, 2, 7, 8].includes(clock.parts(req.createdAt).month) ? 1.6 : 1;
  const window = (after: number): [number, number] => {
    if (priority === "EMERGENCY") {
      const s = after + between(0.5, 2) * HOUR;
      return [s, s + 2 * HOUR];
    }
    const s =
      priority === "URGENT"
        ? clock.slot(after + between(2, 18) * HOUR, false)
        : clock.slot(after + between(...profile.leadDays) * busy * (slowProperty ? 1.3 : 1) * DAY, true);
    return [s, s + 3 * HOUR];
  };
  let booked = t + between(0.1, 1.5) * HOUR;
  let [ws, we] = window(booked);
  const windowDetails = () => ({ windowStart: new Date(ws).toISOString(), windowEnd: new Date(we).toISOString() });
  move("SCHEDULED", booked, v, windowDetails());
  if (priority !== "EMERGENCY" && rand() < 0.03) {
    // Nobody home and no permission to enter: on hold until the office finds a new time.
    ev("HOLD_PLACED", ws + 0.3 * HOUR, v, { details: { reason: "NO_ACCESS" } });
    booked = ev("HOLD_RELEASED", ws + between(20, 60) * HOUR, manager, { details: { reason: "NO_ACCESS" } });
    [ws, we] = window(booked + 0.2 * HOUR);
    move("SCHEDULED", booked + 0.2 * HOUR, manager, windowDetails());
  }
  const late = rand() < profile.late;
  const arrivedAt = late ? we + between(0.25, 2.5) * HOUR : ws + between(0, 0.7) * (we - ws);
  const departedAt = ev("ON_THE_WAY", Math.max(last, arrivedAt - between(0.3, 0.8) * HOUR), v, {
    details: { by: req.vendor.company },
  });
  ev("ARRIVED", Math.max(arrivedAt, departedAt), v, { details: { by: req.vendor.company } });
  Object.assign(wo, {
    windowStart: new Date(ws),
    windowEnd: new Date(we),
    assignedAt: new Date(assignedAt),
    acceptedAt: new Date(acceptedAt),
    departedAt: new Date(departedAt),
    arrivedAt: new Date(last),
  });

  // The work: a quote to approve, parts to wait for, or done on the spot.
  let cost: number;
  t = last;
  const workHours = between(0.75, 2.5) * profile.hours;
  if (priority !== "EMERGENCY" && rand() < (ESTIMATE_SHARE[req.category.name] ?? 0.05)) {
    const amount = Math.round(between(150, 950) * (rand() < 0.3 ? 1.4 : 1)) * 100;
    const rule = approvalRule({
      amountCents: amount,
      emergency: false,
      org: ctx.limits,
      owner: { approvalLimitCents: null },
    });
    const estimateId = ctx.id("est");
    const money = formatCents(amount);
    const added = ev("ESTIMATE_ADDED", t + 0.5 * HOUR, manager, {
      details: { estimateId, amount: money, approver: rule.approver, reason: rule.reason },
      staff: true,
    });
    let decided: number;
    const owner = unit.property.owner;
    if (rule.approver === "OWNER") {
      ev("HOLD_PLACED", added, { id: null, name: "System" }, { details: { reason: "WAITING_FOR_OWNER_APPROVAL" } });
      // Henry Lam (Harbor View) takes days to answer; Olivia Grant answers the same day.
      const wait = unit.property.name.startsWith("Harbor") ? between(20, 90) : between(2, 20);
      decided = ev(
        "OWNER_APPROVED",
        added + wait * HOUR,
        { id: owner.userId, name: `${owner.name} (owner)` },
        {
          details: { estimateId, amount: money },
          staff: true,
        },
      );
      ev("HOLD_RELEASED", decided, { id: null, name: "System" }, { details: { reason: "owner approved" } });
    } else {
      decided = ev("ESTIMATE_APPROVED", added + between(0.3, 6) * HOUR, manager, {
        details: { estimateId, amount: money },
        staff: true,
      });
    }
    const ownerDecided = rule.approver === "OWNER";
    lived.estimate = {
      id: estimateId,
      workOrderId: woId,
      vendorId: req.vendor.id,
      amountCents: amount,
      description: ESTIMATE_TEXT[req.category.name] ?? "Parts and labour as discussed on site.",
      status: "APPROVED",
      createdById: manager.id,
      createdAt: new Date(added),
      updatedAt: new Date(decided),
    };
    lived.approval = {
      id: ctx.id("apr"),
      estimateId,
      decision: "APPROVED",
      byUserId: ownerDecided ? owner.userId : manager.id,
      ownerId: ownerDecided ? owner.id : null,
      createdAt: new Date(decided),
    };
    cost = Math.round((amount * between(...profile.overrun)) / 100) * 100;
    t = decided + between(20, 72) * (profile.hours > 1.5 ? 2 : 1) * HOUR; // a second visit with the parts
  } else if (rand() < profile.parts) {
    ev("HOLD_PLACED", t + HOUR, v, { details: { reason: "WAITING_FOR_PARTS" } });
    t = ev("HOLD_RELEASED", t + between(24, 110) * (profile.hours > 1.5 ? 1.8 : 1) * HOUR, v, {
      details: { reason: "WAITING_FOR_PARTS" },
    });
    t += between(2, 8) * HOUR;
    cost =
      req.vendor.callOutFeeCents +
      Math.round((req.vendor.hourlyRateCents * workHours) / 100) * 100 +
      Math.round(between(30, 250)) * 100;
  } else {
    t += workHours * HOUR;
    cost = req.vendor.callOutFeeCents + Math.round((req.vendor.hourlyRateCents * workHours) / 100) * 100;
  }
  const notes = pick(COMPLETION_NOTES[req.category.name] ?? COMPLETION_NOTES.General);
  let completedAt = move("COMPLETED", t, v, { notes });

  // The tenant's word: a fix that did not hold, a confirmation, or silence until the auto-close.
  const callback = rand() < profile.callback ? rand() : null;
  const revisit = () => between(...profile.revisitHours) * HOUR;
  if (callback !== null && callback < 0.4) {
    const reopened = move("ASSIGNED", completedAt + between(6, 40) * HOUR, tenant, {
      reason: pick(CALLBACK_REASONS),
      reopened: "not fixed",
    });
    completedAt = move("COMPLETED", reopened + revisit(), v, {
      notes: "Came back: found the real cause and fixed it.",
    });
  }
  const close = () =>
    rand() < 0.6
      ? move("CLOSED", completedAt + between(2, 72) * HOUR, tenant, {})
      : move(
          "CLOSED",
          completedAt + (7 * 24 + between(0.1, 1)) * HOUR,
          { id: null, name: "System" },
          {
            reason: "no answer in 7 days",
            auto: true,
          },
        );
  let closedAt = close();
  if (callback !== null && callback >= 0.4 && callback < 0.6) {
    const reopened = move("ASSIGNED", closedAt + between(3, 20) * DAY, manager, {
      reason: pick(CALLBACK_REASONS),
      reopened: "callback",
    });
    completedAt = move("COMPLETED", reopened + revisit(), v, { notes: "Callback: redone properly this time." });
    closedAt = close();
  }
  if (callback !== null && callback >= 0.6)
    lived.followUpAt = Math.max(closedAt + DAY, completedAt + between(8, 26) * DAY);
  Object.assign(wo, {
    vendorId: req.vendor.id,
    completedAt: new Date(completedAt),
    closedAt: new Date(closedAt),
    completionNotes: notes,
    actualCostCents: cost,
  });
  lived.completedAt = completedAt;

  // A rating for most: the vendor's usual, less for a callback or a slow job.
  if (rand() < (callback !== null ? 0.8 : 0.62)) {
    const missed = completedAt > due.resolutionDueAt.getTime();
    const score = profile.rating - (callback !== null ? 1.4 : 0) - (missed ? 0.5 : 0) - (slowProperty ? 0.3 : 0);
    const rating = Math.min(5, Math.max(1, Math.round(score + (rand() - 0.5) * 1.6)));
    const comment = rand() < 0.4 ? pick(RATING_COMMENTS[rating]) : undefined;
    const ratedAt = ev("RATED", closedAt + between(0.2, 30) * HOUR, tenant, {
      details: comment ? { rating, comment } : { rating },
    });
    Object.assign(wo, { rating, ratingComment: comment ?? null, ratedAt: new Date(ratedAt) });
  }
  return finish();

  function finish(): Lived {
    wo.status = status;
    wo.updatedAt = new Date(last);
    wo.version = events.length;
    lived.workOrder = wo;
    lived.events = events;
    lived.end = last;
    return lived;
  }
}
