// Small scoped reads the tenant, owner and public pages need beside a work order (issue 16: pages
// read through lib, never the database client). Each takes the caller and asks only for what is
// theirs: the organisation's own settings, the caller's unit and profile, a work order already
// found through the caller's scope.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";
import { officeStatus } from "@/lib/work-orders/office-hours";
import { DEFAULT_SLA } from "@/lib/work-orders/sla";
import type { TargetMinutes } from "@/lib/work-orders/sla-words";
import type { Priority } from "@/lib/db/generated/enums";

/** The caller's organisation (time zone, hotline, names) for showing dates and help. */
export function callerOrganization(actor: Actor) {
  return db().organization.findUniqueOrThrow({ where: { id: actor.orgId } });
}

/** What the new-request form needs about the signed-in tenant: their unit, profile and open requests. */
export async function newRequestContext(actor: Actor) {
  const [unit, org, profile] = await Promise.all([
    actor.unitId ? db().unit.findUnique({ where: { id: actor.unitId }, include: { property: true } }) : null,
    callerOrganization(actor),
    db().tenantProfile.findUnique({ where: { userId: actor.userId } }),
  ]);
  const openRequests = actor.unitId
    ? await db().workOrder.findMany({
        where: { unitId: actor.unitId, status: { in: [...ACTIVE_STATUSES] }, linkedToId: null },
        select: { trackingNumber: true, categoryId: true, category: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  return { unit, org, profile, openRequests };
}

/** The estimates of a work order the caller already reached through their scope (owner's page). */
export function estimatesOf(workOrderId: string) {
  return db().costEstimate.findMany({
    where: { workOrderId },
    select: {
      id: true,
      amountCents: true,
      description: true,
      status: true,
      updatedAt: true,
      vendor: { select: { company: true } },
    },
    orderBy: { createdAt: "asc" },
  });
}

/** A property's QR intake form: the property by its public slug, its units and organisation. */
export function intakeProperty(slug: string) {
  return db().property.findUnique({ where: { slug }, include: { units: { orderBy: { label: "asc" } }, org: true } });
}

/** The staff page's estimates, with who gave them and the decisions on each. */
export function estimatesWithDecisions(workOrderId: string) {
  return db().costEstimate.findMany({
    where: { workOrderId },
    include: {
      vendor: { select: { company: true } },
      approvals: { select: { decision: true, deemed: true, comment: true } },
    },
    orderBy: { createdAt: "asc" },
  });
}

/** The cost-approval limits that apply to a work order's property (its own, its owner's). */
export function approvalLimitsOf(propertyId: string) {
  return db().property.findUniqueOrThrow({
    where: { id: propertyId },
    select: {
      managerApprovalLimitCents: true,
      ownerApprovalLimitCents: true,
      owner: { select: { approvalLimitCents: true } },
    },
  });
}

/** Whether the office is open now and, if not, when it opens and what to do meanwhile (issue 18). */
export async function afterHoursOf(orgId: string, now: Date) {
  const org = await db().organization.findUniqueOrThrow({
    where: { id: orgId },
    include: { holidays: { select: { date: true } } },
  });
  const status = officeStatus(now, {
    timeZone: org.timeZone,
    workingDays: org.workingDays,
    holidays: org.holidays.map((h) => h.date.toISOString().slice(0, 10)),
    startMinute: org.workdayStartMinute,
    endMinute: org.workdayEndMinute,
  });
  return { ...status, instructions: org.afterHoursInstructions, hotline: org.emergencyHotline, timeZone: org.timeZone };
}

export type AfterHours = Awaited<ReturnType<typeof afterHoursOf>>;

/** The organisation's SLA targets by priority (the defaults where none is set), for the form's words. */
export async function severityTargets(orgId: string): Promise<Record<Priority, TargetMinutes>> {
  const set = await db().slaTarget.findMany({ where: { orgId } });
  const pick = (p: Priority): TargetMinutes => {
    const t = set.find((x) => x.priority === p) ?? DEFAULT_SLA.find((x) => x.priority === p)!;
    return { responseMinutes: t.responseMinutes, resolutionMinutes: t.resolutionMinutes, businessTime: t.businessTime };
  };
  return { EMERGENCY: pick("EMERGENCY"), URGENT: pick("URGENT"), ROUTINE: pick("ROUTINE"), LOW: pick("LOW") };
}
