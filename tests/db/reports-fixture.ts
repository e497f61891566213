// Known histories for the report tests, written straight to the tables with fixed instants (UTC).
// Organisation in America/New_York; the period is March 2026, which holds the spring DST change
// (Sunday 8 March) and a holiday (Monday 23 March). `NOW` is 1 April 2026, 12:00 UTC.
//
// Property P1 (managed by the manager, owned by owner 1), P2 (owned by owner 2), and a second
// organisation's P3. Work orders, hours after creation:
//   A  P1 U1a Plumbing URGENT    V1  resp 2, sched 10, done 30, closed 50; rated 5; $200 vs $180 approved
//   B  P1 U1b HVAC     ROUTINE   V2  created Sat 7 Mar 12:00Z; resp 6, sched 24, done 48 across the DST change
//   C  P1 U1b Plumbing EMERGENCY V1  created Sun 8 Mar 23:30 local; resp 6 (late 2 h); done 12, reopened 14,
//                                    done again 34 (late 10 h), closed 40; rated 2; $300
//   D  P1 U1a HVAC     LOW       tech resp 1; open (ASSIGNED); on hold for parts since 20 Mar 13:00Z
//   E  P1 U1a Plumbing ROUTINE   —   created 20 Mar 13:00Z, still NEW: both targets missed (a callback of A)
//   F  P1 U1b HVAC     ROUTINE   V2  created Fri 20 Mar 14:00Z; V1 at 2 h, lost to V2 at 3 h; sched 24, done 192: in time
//                                    only because the holiday moved its due time; held 4 h (no access); $100
//   Z  P1 U1a Plumbing LOW       —   created 25 Mar, cancelled 26 Mar
//   X  P1 U1a Plumbing ROUTINE   V1  created in February (outside the period), completed 18 Feb, closed 3 Mar
//   G  P2 U2  Plumbing URGENT    V1  resp 24 (exactly on the due time), done 30
//   H  P3 (the other organisation)  created in March
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import { DEFAULT_TIMINGS } from "@/lib/timings";
import { computeDueTimes, DEFAULT_SLA, type Calendar } from "@/lib/work-orders/sla";

export const NOW = new Date("2026-04-01T12:00:00Z");
export const TZ = "America/New_York";
const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const plus = (d: Date, h: number) => new Date(d.getTime() + h * H);

type Ev = { type: string; h: number; from?: WorkOrderStatus; to?: WorkOrderStatus; details?: Record<string, string> };
type Spec = {
  unitId: string;
  propertyId: string;
  orgId: string;
  categoryId: string;
  priority: Priority;
  status: WorkOrderStatus;
  created: Date;
  vendorId?: string;
  technicianId?: string;
  hours?: Partial<
    Record<
      "firstResponse" | "assigned" | "accepted" | "arrived" | "windowEnd" | "completed" | "closed" | "cancelled",
      number
    >
  >;
  events?: Ev[];
  cost?: number;
  rating?: number;
  hold?: "WAITING_FOR_PARTS" | "NO_ACCESS";
};

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

export async function buildFixture() {
  const org = await db().organization.create({
    data: { name: "Reports Org", timeZone: TZ, emergencyHotline: "+15550000000" },
  });
  const other = await db().organization.create({
    data: { name: "Other Org", timeZone: TZ, emergencyHotline: "+15550000001" },
  });
  await db().holiday.create({ data: { orgId: org.id, date: at("2026-03-23T00:00:00Z"), name: "Spring holiday" } });
  const cal: Calendar = { timeZone: TZ, workingDays: [1, 2, 3, 4, 5], holidays: ["2026-03-23"] };
  const user = (orgId: string, email: string, role: Actor["role"]) =>
    db().user.create({ data: { orgId, email, name: email.split("@")[0], role } });
  const managerU = await user(org.id, "rep-manager@x.test", "MANAGER");
  const adminU = await user(org.id, "rep-admin@x.test", "ADMIN");
  const tenantU = await user(org.id, "rep-tenant@x.test", "TENANT");
  const techU = await user(org.id, "rep-tech@x.test", "TECHNICIAN");
  const owner1U = await user(org.id, "rep-owner1@x.test", "OWNER");
  const owner2U = await user(org.id, "rep-owner2@x.test", "OWNER");
  const owner1 = await db().owner.create({
    data: { orgId: org.id, userId: owner1U.id, name: "Owner One", email: "o1@x.test" },
  });
  const owner2 = await db().owner.create({
    data: { orgId: org.id, userId: owner2U.id, name: "Owner Two", email: "o2@x.test" },
  });
  const prop = (orgId: string, slug: string, ownerId?: string) =>
    db().property.create({
      data: { orgId, name: slug.toUpperCase(), slug: `rep-${slug}`, address: "1 Main St", ownerId },
    });
  const p1 = await prop(org.id, "p1", owner1.id);
  const p2 = await prop(org.id, "p2", owner2.id);
  const p3 = await prop(other.id, "p3");
  await db().propertyManager.create({ data: { userId: managerU.id, propertyId: p1.id } });
  const unit = (propertyId: string, label: string) => db().unit.create({ data: { propertyId, label } });
  const u1a = await unit(p1.id, "1A");
  const u1b = await unit(p1.id, "1B");
  const u2 = await unit(p2.id, "2A");
  const u3 = await unit(p3.id, "3A");
  const cat = (orgId: string, name: string, tips: string[] = []) =>
    db().category.create({ data: { orgId, name, tips } });
  const plumbing = await cat(org.id, "Plumbing", ["Check the shut-off valve"]);
  const hvac = await cat(org.id, "HVAC");
  const otherCat = await cat(other.id, "Plumbing");
  const vendor = (company: string) =>
    db().vendor.create({ data: { orgId: org.id, company, contactName: "C", email: `${company}@v.test` } });
  const v1 = await vendor("V1 Plumbing");
  const v2 = await vendor("V2 Air");

  const made: Record<string, { id: string; trackingNumber: number }> = {};
  async function wo(name: string, s: Spec) {
    const hh = s.hours ?? {};
    const t = (k: keyof NonNullable<Spec["hours"]>) => (hh[k] === undefined ? null : plus(s.created, hh[k]!));
    const due = computeDueTimes(s.priority, s.created, DEFAULT_SLA, cal, DEFAULT_TIMINGS.slaAtRiskPercent);
    const w = await db().workOrder.create({
      data: {
        orgId: s.orgId,
        propertyId: s.propertyId,
        unitId: s.unitId,
        categoryId: s.categoryId,
        tenantSeverity: s.priority,
        priority: s.priority,
        status: s.status,
        description: `Work order ${name}`,
        vendorId: s.vendorId,
        technicianId: s.technicianId,
        holdReason: s.hold,
        ...due,
        firstResponseAt: t("firstResponse"),
        assignedAt: t("assigned"),
        acceptedAt: t("accepted"),
        arrivedAt: t("arrived"),
        windowEnd: t("windowEnd"),
        completedAt: t("completed"),
        closedAt: t("closed"),
        cancelledAt: t("cancelled"),
        actualCostCents: s.cost,
        rating: s.rating,
        ratedAt: s.rating ? t("closed") : null,
        createdAt: s.created,
      },
    });
    await db().workOrderEvent.create({
      data: { workOrderId: w.id, actorLabel: "Tenant", type: "CREATED", createdAt: s.created },
    });
    for (const e of s.events ?? [])
      await db().workOrderEvent.create({
        data: {
          workOrderId: w.id,
          actorLabel: "System",
          type: e.type,
          fromStatus: e.from,
          toStatus: e.to,
          details: e.details ?? {},
          createdAt: plus(s.created, e.h),
        },
      });
    made[name] = { id: w.id, trackingNumber: w.trackingNumber };
    return w;
  }
  const sc = (h: number, from: WorkOrderStatus, to: WorkOrderStatus, details?: Record<string, string>): Ev => ({
    type: "STATUS_CHANGED",
    h,
    from,
    to,
    details,
  });
  const base = { orgId: org.id, propertyId: p1.id };

  await wo("A", {
    ...base,
    unitId: u1a.id,
    categoryId: plumbing.id,
    priority: "URGENT",
    status: "CLOSED",
    created: at("2026-03-02T14:00:00Z"),
    vendorId: v1.id,
    cost: 20000,
    rating: 5,
    hours: { firstResponse: 2, assigned: 2, accepted: 3, windowEnd: 12, arrived: 11, completed: 30, closed: 50 },
    events: [
      sc(2, "NEW", "ASSIGNED", { vendor: v1.company }),
      sc(10, "ASSIGNED", "SCHEDULED"),
      sc(30, "SCHEDULED", "COMPLETED"),
      sc(50, "COMPLETED", "CLOSED"),
    ],
  });
  await wo("B", {
    ...base,
    unitId: u1b.id,
    categoryId: hvac.id,
    priority: "ROUTINE",
    status: "COMPLETED",
    created: at("2026-03-07T12:00:00Z"),
    vendorId: v2.id,
    cost: 15000,
    hours: { firstResponse: 6, assigned: 6, accepted: 8, windowEnd: 26, arrived: 27, completed: 48 },
    // V1 had it first and declined it (back to NEW), then V2 got it.
    events: [
      sc(1, "NEW", "ASSIGNED", { vendor: v1.company }),
      sc(3, "ASSIGNED", "NEW", { reason: "too busy" }),
      sc(6, "NEW", "ASSIGNED", { vendor: v2.company }),
      sc(24, "ASSIGNED", "SCHEDULED"),
      sc(48, "SCHEDULED", "COMPLETED"),
    ],
  });
  await wo("C", {
    ...base,
    unitId: u1b.id,
    categoryId: plumbing.id,
    priority: "EMERGENCY",
    status: "CLOSED",
    created: at("2026-03-09T03:30:00Z"),
    vendorId: v1.id,
    cost: 30000,
    rating: 2,
    hours: { firstResponse: 6, assigned: 6, accepted: 7, completed: 34, closed: 40 },
    events: [
      sc(6, "NEW", "ASSIGNED", { vendor: v1.company }),
      sc(8, "ASSIGNED", "SCHEDULED"),
      sc(12, "SCHEDULED", "COMPLETED"),
      sc(14, "COMPLETED", "ASSIGNED", { reopened: "not fixed" }),
      sc(34, "ASSIGNED", "COMPLETED"),
      sc(40, "COMPLETED", "CLOSED"),
    ],
  });
  await wo("D", {
    ...base,
    unitId: u1a.id,
    categoryId: hvac.id,
    priority: "LOW",
    status: "ASSIGNED",
    created: at("2026-03-16T13:00:00Z"),
    technicianId: techU.id,
    hold: "WAITING_FOR_PARTS",
    hours: { firstResponse: 1, assigned: 1 },
    events: [
      sc(1, "NEW", "ASSIGNED", { vendor: techU.name }),
      { type: "HOLD_PLACED", h: 96, details: { reason: "WAITING_FOR_PARTS" } },
    ],
  });
  await wo("E", {
    ...base,
    unitId: u1a.id,
    categoryId: plumbing.id,
    priority: "ROUTINE",
    status: "NEW",
    created: at("2026-03-20T13:00:00Z"),
  });
  await wo("F", {
    ...base,
    unitId: u1b.id,
    categoryId: hvac.id,
    priority: "ROUTINE",
    status: "COMPLETED",
    created: at("2026-03-20T14:00:00Z"),
    vendorId: v2.id,
    cost: 10000,
    hours: { firstResponse: 3, assigned: 3, accepted: 5, windowEnd: 26, arrived: 25, completed: 192 },
    events: [
      sc(2, "NEW", "ASSIGNED", { vendor: v1.company }),
      sc(3, "ASSIGNED", "ASSIGNED", { vendor: v2.company, reason: "V1 cannot come this week" }),
      sc(24, "ASSIGNED", "SCHEDULED"),
      { type: "HOLD_PLACED", h: 30, details: { reason: "NO_ACCESS" } },
      { type: "HOLD_RELEASED", h: 34, details: { reason: "NO_ACCESS" } },
      sc(192, "SCHEDULED", "COMPLETED"),
    ],
  });
  await wo("Z", {
    ...base,
    unitId: u1a.id,
    categoryId: plumbing.id,
    priority: "LOW",
    status: "CANCELLED",
    created: at("2026-03-25T12:00:00Z"),
    hours: { cancelled: 24 },
    events: [sc(24, "NEW", "CANCELLED", { reason: "duplicate" })],
  });
  await wo("X", {
    ...base,
    unitId: u1a.id,
    categoryId: plumbing.id,
    priority: "ROUTINE",
    status: "CLOSED",
    created: at("2026-02-10T14:00:00Z"),
    vendorId: v1.id,
    cost: 5000,
    hours: { firstResponse: 100, completed: 200, closed: 500 }, // closed in March, unrated
  });
  await wo("G", {
    orgId: org.id,
    propertyId: p2.id,
    unitId: u2.id,
    categoryId: plumbing.id,
    priority: "URGENT",
    status: "COMPLETED",
    created: at("2026-03-05T15:00:00Z"),
    vendorId: v1.id,
    cost: 7000,
    hours: { firstResponse: 24, assigned: 24, completed: 30 }, // answered exactly when due: a hit
    events: [sc(24, "NEW", "ASSIGNED", { vendor: v1.company }), sc(30, "ASSIGNED", "COMPLETED")],
  });
  await wo("H", {
    orgId: other.id,
    propertyId: p3.id,
    unitId: u3.id,
    categoryId: otherCat.id,
    priority: "URGENT",
    status: "COMPLETED",
    created: at("2026-03-05T15:00:00Z"),
    cost: 99900,
    hours: { firstResponse: 50, completed: 500 },
  });
  // A's estimate: created 4 h after the request, approved by owner 1 five hours later.
  const est = await db().costEstimate.create({
    data: {
      workOrderId: made.A.id,
      vendorId: v1.id,
      amountCents: 18000,
      description: "Valve",
      status: "APPROVED",
      createdAt: plus(at("2026-03-02T14:00:00Z"), 4),
    },
  });
  await db().costApproval.create({
    data: {
      estimateId: est.id,
      decision: "APPROVED",
      ownerId: owner1.id,
      createdAt: plus(at("2026-03-02T14:00:00Z"), 9),
    },
  });
  // Self-help: one problem fixed by a tip at P1 in March, one at P2, one in February.
  for (const [unitId, when] of [
    [u1a.id, "2026-03-10T12:00:00Z"],
    [u2.id, "2026-03-11T12:00:00Z"],
    [u1a.id, "2026-02-11T12:00:00Z"],
  ])
    await db().selfHelpOutcome.create({
      data: { orgId: org.id, categoryId: plumbing.id, unitId, createdAt: at(when) },
    });

  const actor = (
    u: { id: string; orgId: string; role: Actor["role"]; name: string; email: string },
    extra: Partial<Actor>,
  ): Actor => ({
    userId: u.id,
    orgId: u.orgId,
    role: u.role,
    name: u.name,
    email: u.email,
    propertyIds: [],
    unitId: null,
    ...extra,
  });
  return {
    org,
    other,
    p1,
    p2,
    p3,
    u1a,
    u1b,
    u2,
    plumbing,
    hvac,
    v1,
    v2,
    tech: techU,
    wo: made,
    manager: actor(managerU, { propertyIds: [p1.id] }),
    // A manager whose list (wrongly) names another organisation's property: it must not leak.
    sneakyManager: actor(managerU, { propertyIds: [p1.id, p3.id] }),
    admin: actor(adminU, { propertyIds: [p1.id, p2.id] }),
    owner1: actor(owner1U, { ownerId: owner1.id }),
    owner2: actor(owner2U, { ownerId: owner2.id }),
    tenant: actor(tenantU, { unitId: u1a.id }),
    technician: actor(techU, {}),
  };
}

/** Hours from a fixed start, for the trigger-kept tables' tests (events written at chosen hours). */
export const T0 = new Date("2026-05-04T12:00:00Z");
export const atHour = (h: number) => new Date(T0.getTime() + h * H);

/** A bare routine work order in the fixture's first unit, created at T0: the events under test are written by hand. */
export function bareWorkOrder(fx: Fixture, description: string) {
  return db().workOrder.create({
    data: {
      orgId: fx.org.id,
      propertyId: fx.p1.id,
      unitId: fx.u1a.id,
      categoryId: fx.plumbing.id,
      tenantSeverity: "ROUTINE",
      priority: "ROUTINE",
      description,
      createdAt: T0,
    },
  });
}
