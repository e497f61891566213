// What the admin settings page shows: the organisation, its SLA targets, cost-approval limits,
// timings and thresholds, the email footer, categories, on-call chains and auto-assignment rules. Every read is scoped to the organisation.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The actor's organisation with its holidays, oldest first. */
export function settingsOrganization(actor: Actor) {
  return db().organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    include: { holidays: { orderBy: { date: "asc" } } },
  });
}

export function slaTargets(orgId: string) {
  return db().slaTarget.findMany({ where: { orgId } });
}

export function approvalSettings(orgId: string) {
  return db().organization.findUniqueOrThrow({
    where: { id: orgId },
    select: {
      managerApprovalLimitCents: true,
      ownerNotifyLimitCents: true,
      ownerReminderHours: true,
      ownerEscalateHours: true,
    },
  });
}

/** The organisation's timings and thresholds (Settings → Timings and thresholds). */
export function timingSettings(orgId: string) {
  return db().organization.findUniqueOrThrow({
    where: { id: orgId },
    select: {
      emergencyEscalateMinutes: true,
      slaAtRiskPercent: true,
      reopenWindowDays: true,
      callbackWindowDays: true,
      repeatLookbackMonths: true,
      paperReminderDays: true,
    },
  });
}

/** What every email's footer says (Settings → Contact details and email footer). */
export function emailFooterSettings(orgId: string) {
  return db().organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { contactPhone: true, contactEmail: true, contactAddress: true, emailFooter: true },
  });
}

/** Every category, active or not, in the order tenants see them. */
export function settingsCategories(orgId: string) {
  return db().category.findMany({ where: { orgId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

/** Each property with its on-call chain in paging order. */
export function onCallChains(orgId: string) {
  return db().property.findMany({
    where: { orgId },
    orderBy: { name: "asc" },
    include: { onCall: { orderBy: { position: "asc" } } },
  });
}

/** The auto-assignment rules and what a new rule can choose from. */
export async function autoAssignSetup(orgId: string) {
  const [rules, categories, properties, vendors] = await Promise.all([
    db().autoAssignRule.findMany({
      where: { orgId },
      include: { category: true, property: true, vendor: true },
      orderBy: [{ category: { sortOrder: "asc" } }],
    }),
    db().category.findMany({ where: { orgId, active: true }, orderBy: { sortOrder: "asc" } }),
    db().property.findMany({ where: { orgId }, orderBy: { name: "asc" } }),
    db().vendor.findMany({ where: { orgId }, orderBy: { company: "asc" } }),
  ]);
  return { rules, categories, properties, vendors };
}

export const DELIVERY_LOG_SIZE = 10;

/** The organisation's webhook endpoints (never their secrets) with each one's latest deliveries. */
export function webhookEndpoints(orgId: string) {
  return db().webhookEndpoint.findMany({
    where: { orgId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      active: true,
      createdAt: true,
      previousSecretUntil: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: DELIVERY_LOG_SIZE,
        select: {
          id: true,
          messageId: true,
          eventType: true,
          payload: true,
          status: true,
          attempts: true,
          lastStatusCode: true,
          lastError: true,
          nextAttemptAt: true,
          sentAt: true,
          createdAt: true,
        },
      },
    },
  });
}
