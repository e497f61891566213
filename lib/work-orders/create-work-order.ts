// A tenant (or a manager on their behalf) reports a problem. Idempotent on the form's key: a double
// tap, a retry or a back-and-resubmit returns the first work order; the same key with a different
// body is refused. The work order, its first event and the manager's notice are one transaction.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { encrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/notifications/outbox";
import { detectEmergency, effectivePriority } from "./emergency";
import { computeDueTimes } from "./sla";
import type { RequestInput } from "./schemas";

export async function createWorkOrder({ actor, input, now = new Date() }: { actor: Actor; input: RequestInput; now?: Date }) {
  // Codes stay out of the hash: a hash of a short code is easy to reverse.
  const { gateCode: _g, lockboxCode: _l, ...accessForHash } = input.access ?? ({} as Partial<NonNullable<RequestInput["access"]>>);
  const body = { unitId: input.unitId ?? null, categoryId: input.categoryId, severity: input.severity, description: input.description, access: accessForHash };
  const submissionHash = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  const existing = await db().workOrder.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing) return replay(existing, actor, submissionHash);

  const unitId = actor.role === "TENANT" ? actor.unitId : input.unitId;
  const unit = unitId
    ? await db().unit.findFirst({
        where: { id: unitId, property: { orgId: actor.orgId, ...(actor.role === "TENANT" ? {} : { id: { in: actor.propertyIds } }) } },
        include: { property: true },
      })
    : null;
  if (!unit) throw new AppError("INVALID_INPUT", "Check the highlighted field.", { unitId: ["Choose the unit with the problem."] });
  const category = await db().category.findFirst({ where: { id: input.categoryId, orgId: actor.orgId, active: true } });
  if (!category) throw new AppError("INVALID_INPUT", "Check the highlighted field.", { categoryId: ["Choose one of the listed kinds of problem."] });

  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.orgId }, include: { slaTargets: true, holidays: true } });
  // The tenant's severity, raised (never lowered) when the words describe an emergency.
  const detected = detectEmergency(input.description);
  const priority = effectivePriority(input.severity, input.description);
  const due = computeDueTimes(priority, now, org.slaTargets, {
    timeZone: org.timeZone,
    workingDays: org.workingDays,
    holidays: org.holidays.map((h) => h.date.toISOString().slice(0, 10)),
  });

  const profile = actor.role === "TENANT" ? await db().tenantProfile.findUnique({ where: { userId: actor.userId } }) : null;
  const access = input.access;
  const gateCodeEnc = access?.gateCode ? encrypt(access.gateCode) : (profile?.gateCodeEnc ?? null);
  const lockboxCodeEnc = access?.lockboxCode ? encrypt(access.lockboxCode) : (profile?.lockboxCodeEnc ?? null);
  const accessData = access
    ? { permissionToEnter: access.permissionToEnter, pets: access.pets, preferredTimes: access.preferredTimes, contactMethod: access.contactMethod }
    : profile
      ? { permissionToEnter: profile.permissionToEnter, pets: profile.pets, preferredTimes: profile.preferredTimes, contactMethod: profile.contactMethod }
      : {};

  try {
    return await db().$transaction(async (tx) => {
      if (profile && access?.saveToProfile) {
        await tx.tenantProfile.update({ where: { id: profile.id }, data: { ...accessData, gateCodeEnc, lockboxCodeEnc } });
      }
      const wo = await tx.workOrder.create({
        data: {
          orgId: actor.orgId,
          propertyId: unit.propertyId,
          unitId: unit.id,
          categoryId: category.id,
          reporterId: actor.userId,
          tenantSeverity: input.severity,
          priority,
          emergencyDetected: detected.emergency,
          description: input.description,
          idempotencyKey: input.idempotencyKey,
          submissionHash,
          ...accessData,
          gateCodeEnc,
          lockboxCodeEnc,
          createdAt: now,
          ...due,
        },
      });
      await tx.workOrderEvent.create({
        data: { workOrderId: wo.id, actorId: actor.userId, actorLabel: actor.name, type: "CREATED", toStatus: "NEW", createdAt: now, details: { priority, ...(detected.emergency ? { emergency: detected.kinds } : {}) } },
      });
      const managers = await tx.user.findMany({
        where: { orgId: actor.orgId, disabledAt: null, OR: [{ role: "ADMIN" }, { role: "MANAGER", managedProperties: { some: { propertyId: unit.propertyId } } }] },
        select: { id: true, email: true, role: true },
      });
      for (const m of managers.filter((m) => m.role === "MANAGER")) {
        await enqueue(tx, {
          orgId: actor.orgId,
          dedupeKey: `wo:${wo.id}:created:${m.id}:EMAIL`,
          channel: "EMAIL",
          recipient: m.email,
          userId: m.id,
          workOrderId: wo.id,
          template: "new-request",
          subject: `New ${priority.toLowerCase()} request #${wo.trackingNumber}: ${category.name}, ${unit.property.name} ${unit.label}`,
          body: `${actor.name} reported: ${input.description}`,
        });
      }
      return wo;
    });
  } catch (err) {
    // Two submits with the same key raced: the loser answers with the winner's work order.
    const raced = await db().workOrder.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (raced) return replay(raced, actor, submissionHash);
    throw err;
  }
}

function replay<T extends { reporterId: string | null; submissionHash: string | null }>(wo: T, actor: Actor, hash: string): T {
  if (wo.reporterId !== actor.userId || wo.submissionHash !== hash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "This form was already sent with different details. Reload the page to report another problem.");
  }
  return wo;
}
