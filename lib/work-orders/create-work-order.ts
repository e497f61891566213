// A problem is reported: by a signed-in tenant (or a manager on their behalf), or by someone who
// scanned a property's QR code without an account. Idempotent on the form's key: a double tap, a
// retry or a back-and-resubmit returns the first work order; the same key with a different body is
// refused. The work order, its first event, its tracking link and the notices are one transaction.
import { asActor } from "@/lib/audit/as-actor";
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { encrypt, keyedDigests, sha256 } from "@/lib/crypto";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/outbox/outbox";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { storage } from "@/lib/uploads/storage";
import { intakeResponsible } from "@/lib/work-orders/responsible";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { intakePriority } from "@/lib/work-orders/intake-priority";
import { autoAssign } from "@/lib/work-orders/auto-assign";
import type { Locale } from "@/lib/i18n/locales";
import { noticesForStatusChange } from "@/lib/work-orders/status-notices";
import { ORG_FOR_MESSAGES, tellManagers, tellTenant } from "@/lib/notifications/tell";
import { renderTenantMessage } from "@/lib/notifications/templates";
import { computeDueTimes } from "@/lib/work-orders/sla";
import { visitorLimits } from "@/lib/work-orders/visitor-limits";
import type { RequestInput } from "@/lib/work-orders/schemas";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";

/** `address`: the client's address as our server saw it (scripts/server.mjs), for the per-address limit. */
export type PublicReporter = { propertySlug: string; name: string; email?: string; phone?: string; address?: string };
export type Reporter = { actor: Actor } | { visitor: PublicReporter };

export const TRACKING_LINK_DAYS = 180;

const invalid = (field: string, message: string) =>
  new AppError("INVALID_INPUT", "common.checkField", { [field]: [message] });

export async function createWorkOrder({
  reporter,
  input,
  photos = [],
  locale = "en",
  now,
}: {
  reporter: Reporter;
  input: RequestInput;
  photos?: ProcessedFile[];
  locale?: Locale;
  now: Date;
}) {
  const actor = "actor" in reporter ? reporter.actor : null;
  const visitor = "visitor" in reporter ? reporter.visitor : null;
  // Codes stay out of the hash: a hash of a short code is easy to reverse.
  const {
    gateCode: _g,
    lockboxCode: _l,
    ...accessForHash
  } = input.access ?? ({} as Partial<NonNullable<RequestInput["access"]>>);
  const { address: _a, ...visitorForHash } = visitor ?? {};
  const body = {
    unitId: input.unitId ?? null,
    categoryId: input.categoryId,
    severity: input.severity,
    description: input.description,
    access: accessForHash,
    visitor: visitor ? visitorForHash : null,
  };
  const submissionHash = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  const existing = await db().workOrder.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing) return replay(existing, actor, submissionHash);

  const unit = actor
    ? await db().unit.findFirst({
        where: {
          id: (actor.role === "TENANT" ? actor.unitId : input.unitId) ?? "",
          property: { orgId: actor.orgId, ...(actor.role === "TENANT" ? {} : { id: { in: actor.propertyIds } }) },
        },
        include: { property: true },
      })
    : await db().unit.findFirst({
        where: { id: input.unitId ?? "", property: { slug: visitor!.propertySlug } },
        include: { property: true },
      });
  if (!unit) throw invalid("unitId", "v.unit");
  const orgId = unit.property.orgId;
  const category = await db().category.findFirst({ where: { id: input.categoryId, orgId, active: true } });
  if (!category) throw invalid("categoryId", "v.category");

  const org = await db().organization.findUniqueOrThrow({
    where: { id: orgId },
    include: { slaTargets: true, holidays: true },
  });
  // The tenant's severity, raised (never lowered) by the category's default or words describing an emergency.
  const detected = detectEmergency(input.description);
  const priority = intakePriority({
    severity: input.severity,
    description: input.description,
    categoryDefault: category.defaultPriority,
  });
  const due = computeDueTimes(
    priority,
    now,
    org.slaTargets,
    {
      timeZone: org.timeZone,
      workingDays: org.workingDays,
      holidays: org.holidays.map((h) => h.date.toISOString().slice(0, 10)),
    },
    org.slaAtRiskPercent,
  );

  const profile =
    actor?.role === "TENANT" ? await db().tenantProfile.findUnique({ where: { userId: actor.userId } }) : null;
  const access = input.access;
  const gateCodeEnc = access?.gateCode ? encrypt(access.gateCode) : (profile?.gateCodeEnc ?? null);
  const lockboxCodeEnc = access?.lockboxCode ? encrypt(access.lockboxCode) : (profile?.lockboxCodeEnc ?? null);
  const accessData = access
    ? {
        permissionToEnter: access.permissionToEnter,
        pets: access.pets,
        preferredTimes: access.preferredTimes,
        contactMethod: access.contactMethod,
      }
    : profile
      ? {
          permissionToEnter: profile.permissionToEnter,
          pets: profile.pets,
          preferredTimes: profile.preferredTimes,
          contactMethod: profile.contactMethod,
        }
      : {};
  // A visitor's report of something already open for the unit is linked to it (they learn no details).
  const openTwin = visitor
    ? await db().workOrder.findFirst({
        where: {
          unitId: unit.id,
          categoryId: category.id,
          status: { in: [...ACTIVE_STATUSES] },
          linkedToId: null,
        },
        orderBy: { createdAt: "asc" },
      })
    : null;
  const trackingToken = visitor ? trackingTokenFor(input.idempotencyKey) : undefined;
  // Stored before the transaction (a provider call must not hold the database); a failed insert
  // leaves unreferenced files, never a work order pointing at missing ones.
  const stored: (ProcessedFile & { key: string })[] = [];
  const store = photos.length ? storage() : null;
  for (const p of photos) stored.push({ ...p, key: await store!.put(p.bytes, p.fileName, p.contentType) });
  const reporterLabel = actor?.name ?? visitor!.name;

  try {
    // A tenant who saves codes to their profile changes it: the audit log names them (one more
    // statement, so only then).
    const inTransaction = <T>(work: (tx: Tx) => Promise<T>) =>
      profile && access?.saveToProfile ? asActor({ userId: actor?.userId }, now, work) : db().$transaction(work);
    const wo = await inTransaction(async (tx) => {
      // A visitor's report counts against the unit's and the address's limits only once it is valid
      // and taken (the hits are written in this transaction). An emergency is never refused: over a
      // limit it is taken and flagged for managers, and the visitor sees the hotline as always.
      const overLimits = visitor ? await visitorLimits(tx, { unitId: unit.id, address: visitor.address }, now) : [];
      if (overLimits.length && priority !== "EMERGENCY") throw overLimits[0].error;
      if (profile && access?.saveToProfile) {
        await tx.tenantProfile.update({
          where: { id: profile.id },
          data: { ...accessData, gateCodeEnc, lockboxCodeEnc },
        });
      }
      // The property's default responsible manager, on every channel (issue 18); else no one yet.
      const responsibleId = await intakeResponsible(tx, unit.property);
      const wo = await tx.workOrder.create({
        data: {
          orgId,
          responsibleId,
          propertyId: unit.propertyId,
          unitId: unit.id,
          categoryId: category.id,
          reporterId: actor?.userId,
          reporterName: visitor?.name,
          reporterEmail: visitor?.email,
          reporterPhone: visitor?.phone,
          tenantSeverity: input.severity,
          priority,
          emergencyDetected: detected.emergency,
          description: input.description,
          idempotencyKey: input.idempotencyKey,
          submissionHash,
          locale,
          linkedToId: openTwin?.id,
          ...accessData,
          gateCodeEnc,
          lockboxCodeEnc,
          createdAt: now,
          ...due,
        },
      });
      for (const p of stored) {
        await tx.attachment.create({
          data: {
            createdAt: now,
            workOrderId: wo.id,
            kind: p.kind,
            storageKey: p.key,
            fileName: p.fileName,
            contentType: p.contentType,
            sizeBytes: p.bytes.length,
            width: p.width,
            height: p.height,
            uploadedById: actor?.userId,
          },
        });
      }
      // Photos and videos kept from a refused try of this same form.
      await tx.attachment.updateMany({
        where: { draftKey: input.idempotencyKey, workOrderId: null },
        data: { workOrderId: wo.id, draftKey: null },
      });
      await tx.workOrderEvent.create({
        data: {
          workOrderId: wo.id,
          actorId: actor?.userId,
          actorLabel: reporterLabel,
          type: "CREATED",
          toStatus: "NEW",
          createdAt: now,
          details: {
            priority,
            ...(detected.emergency ? { emergency: detected.kinds } : {}),
            ...(visitor ? { via: "QR" } : {}),
            ...(openTwin ? { linkedTo: openTwin.trackingNumber } : {}),
          },
        },
      });
      if (overLimits.length) {
        await tx.workOrderEvent.create({
          data: {
            workOrderId: wo.id,
            actorLabel: "System",
            type: "OVER_LIMIT",
            visibility: "STAFF",
            createdAt: now,
            details: { limits: overLimits.map((l) => l.text) },
          },
        });
      }
      if (trackingToken) {
        await tx.actionToken.create({
          data: {
            createdAt: now,
            tokenHash: sha256(trackingToken),
            purpose: "TRACKING",
            workOrderId: wo.id,
            expiresAt: new Date(now.getTime() + TRACKING_LINK_DAYS * 86_400_000),
          },
        });
        // The visitor's tracking link, in the language they reported in; the link travels encrypted.
        const vars = {
          org: org.name,
          number: wo.trackingNumber,
          place: `${unit.property.name} ${unit.label}`,
          link: "{{link}}",
        };
        const contacts = [
          visitor?.email && ({ channel: "EMAIL", recipient: visitor.email } as const),
          visitor?.phone && ({ channel: "SMS", recipient: visitor.phone } as const),
        ].filter((c) => !!c);
        for (const c of contacts) {
          const { subject, body } = renderTenantMessage("request-received", locale, c.channel, vars);
          await enqueue(
            tx,
            {
              orgId,
              dedupeKey: `wo:${wo.id}:received:visitor:${c.channel}`,
              channel: c.channel,
              recipient: c.recipient,
              workOrderId: wo.id,
              template: "request-received",
              subject,
              body,
              secretLink: `${env().PUBLIC_URL}/t/${trackingToken}`,
            },
            now,
          );
        }
      }
      // A linked report (a twin is already open) is left for a person to merge, not auto-assigned.
      const assigned = openTwin ? null : await autoAssign(tx, wo, now);
      if (assigned)
        await noticesForStatusChange(
          tx,
          wo.id,
          { from: "NEW", to: "ASSIGNED", vendorIdBefore: null, version: assigned.version },
          now,
        );
      // A signed-in tenant hears "we got it" by their channel (a visitor's message above carries their link).
      if (actor?.role === "TENANT") {
        const full = await tx.workOrder.findUniqueOrThrow({
          where: { id: wo.id },
          include: { org: { select: ORG_FOR_MESSAGES } },
        });
        await tellTenant(tx, full, "received", "request-received", full.org, now, () => ({
          place: `${unit.property.name} ${unit.label}`,
        }));
      }
      await tellManagers(
        tx,
        wo,
        {
          event: "created",
          template: "new-request",
          urgent: priority === "EMERGENCY",
          vars: {
            priority,
            number: wo.trackingNumber,
            category: category.name,
            place: `${unit.property.name} ${unit.label}`,
            reporter: reporterLabel,
            description: input.description,
          },
        },
        now,
      );
      return assigned ?? wo;
    });
    return { ...wo, trackingToken, linked: !!openTwin };
  } catch (err) {
    // Two submits with the same key raced: the loser answers with the winner's work order.
    const raced = await db().workOrder.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (raced) return replay(raced, actor, submissionHash);
    throw err;
  }
}

async function replay<
  T extends {
    id: string;
    reporterId: string | null;
    submissionHash: string | null;
    linkedToId: string | null;
    idempotencyKey: string | null;
  },
>(wo: T, actor: Actor | null, hash: string) {
  if ((actor && wo.reporterId !== actor.userId) || wo.submissionHash !== hash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "err.IDEMPOTENCY_KEY_REUSED");
  }
  // A visitor's retry gets the same tracking link, not a new one: it is derived from the form's key.
  return { ...wo, trackingToken: actor ? undefined : await issuedTrackingToken(wo), linked: !!wo.linkedToId };
}

/**
 * A visitor's tracking link, derived from the form's idempotency key with the encryption key
 * (HMAC): as unguessable as a random token without the key, and the same on a retried or doubled
 * submit, so a replay shows the same confirmation instead of minting a second live link. Only the
 * hash is stored.
 */
export function trackingTokenFor(idempotencyKey: string): string {
  return keyedDigests(`tracking-link:${idempotencyKey}`)[0];
}

/** The link a replay answers with: during a key rotation, the one issued (maybe under the old key). */
async function issuedTrackingToken(wo: { id: string; idempotencyKey: string | null }): Promise<string> {
  const made = keyedDigests(`tracking-link:${wo.idempotencyKey!}`);
  if (made.length === 1) return made[0];
  const issued = await db().actionToken.findFirst({
    where: { workOrderId: wo.id, purpose: "TRACKING", tokenHash: { in: made.map(sha256) } },
    select: { tokenHash: true },
  });
  return made.find((t) => sha256(t) === issued?.tokenHash) ?? made[0];
}
