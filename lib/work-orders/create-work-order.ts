// A problem is reported: by a signed-in tenant (or a manager on their behalf), or by someone who
// scanned a property's QR code without an account. Idempotent on the form's key: a double tap, a
// retry or a back-and-resubmit returns the first work order; the same key with a different body is
// refused. The work order, its first event, its tracking link and the notices are one transaction.
import { asActor } from "@/lib/audit/as-actor";
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { encrypt, keyedDigests, sha256 } from "@/lib/crypto";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Outgoing } from "@/lib/outbox/outbox";
import { limited } from "@/lib/rate-limit";
import { writeIntakeRows } from "@/lib/work-orders/intake-writes";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { storage } from "@/lib/uploads/storage";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { intakePriority } from "@/lib/work-orders/intake-priority";
import { autoAssign } from "@/lib/work-orders/auto-assign";
import type { Locale } from "@/lib/i18n/locales";
import { noticesForStatusChange } from "@/lib/work-orders/status-notices";
import { dashboardLink, tellTenant } from "@/lib/notifications/tell";
import { staffOutgoing } from "@/lib/notifications/notify-managers";
import { byPreference } from "@/lib/notifications/recipients";
import { renderTenantMessage } from "@/lib/notifications/templates";
import { computeDueTimes } from "@/lib/work-orders/sla";
import { visitorLimits } from "@/lib/work-orders/visitor-limits";
import { intakeLookup, type IntakeLookup } from "@/lib/work-orders/intake-lookup";
import type { RequestInput } from "@/lib/work-orders/schemas";

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
  const tenantUserId = actor?.role === "TENANT" ? actor.userId : null;
  const limits = visitor ? visitorLimits({ unitId: input.unitId ?? "", address: visitor.address }) : [];
  // Stored before the transaction (a provider call must not hold the database), and removed again
  // when no new work order takes them (a replay, a refusal): never a work order pointing at missing files.
  const store = photos.length ? storage() : null;
  const stored: (ProcessedFile & { key: string })[] = [];
  const forget = () =>
    Promise.all(stored.map((p) => store!.remove(p.key).catch((e: unknown) => console.error("[intake] file kept:", e))));
  for (const p of photos) stored.push({ ...p, key: await store!.put(p.bytes, p.fileName, p.contentType) });

  // One transaction, its reads in its first statement (intake-lookup.ts): then the limits, the work
  // order, its events, the tracking link and every message, each one statement.
  const work = async (tx: Tx) => {
    const found = await intakeLookup(tx, {
      key: input.idempotencyKey,
      unitId: (actor?.role === "TENANT" ? actor.unitId : input.unitId) ?? "",
      categoryId: input.categoryId,
      slug: visitor?.propertySlug ?? null,
      orgId: actor?.orgId ?? null,
      propertyIds: actor && actor.role !== "TENANT" ? actor.propertyIds : null,
      tenantUserId,
      visitor: !!visitor,
      buckets: limits.map((l) => l.bucket),
      now,
    });
    // A replay (rare: a double tap, a retry) answers with the whole work order, as a new one does.
    if (found.existing) return { replay: await tx.workOrder.findUniqueOrThrow({ where: { id: found.existing.id } }) };
    const { place: unit, category, org } = found;
    if (!unit || !org) throw invalid("unitId", "v.unit");
    if (!category) throw invalid("categoryId", "v.category");
    return { created: await createIn(tx, { ...found, place: unit, category, org }) };
  };
  type Made = Awaited<ReturnType<typeof work>>;

  // The tenant's severity, raised (never lowered) by the category's default or words describing an emergency.
  const detected = detectEmergency(input.description);
  const reporterLabel = actor?.name ?? visitor!.name;
  const trackingToken = visitor ? trackingTokenFor(input.idempotencyKey) : undefined;
  const access = input.access;

  async function createIn(
    tx: Tx,
    found: IntakeLookup & {
      place: NonNullable<IntakeLookup["place"]>;
      category: NonNullable<IntakeLookup["category"]>;
      org: NonNullable<IntakeLookup["org"]>;
    },
  ) {
    const { place: unit, category, org, profile, twin: openTwin } = found;
    const orgId = unit.orgId;
    const priority = intakePriority({
      severity: input.severity,
      emergency: detected.emergency,
      categoryDefault: category.defaultPriority,
    });
    const due = computeDueTimes(
      priority,
      now,
      org.slaTargets,
      { timeZone: org.timeZone, workingDays: org.workingDays, holidays: org.holidays },
      org.slaAtRiskPercent,
    );
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
    if (profile && access?.saveToProfile) {
      await tx.tenantProfile.update({
        where: { id: profile.id },
        data: { ...accessData, gateCodeEnc, lockboxCodeEnc },
      });
    }
    // Known before it is written (the lookup drew its tracking number), so the messages below are
    // rendered first and the work order goes in the same statement as they do. Every column the
    // intake may set is named, null when unset (an absent one would take its default instead).
    const wo = { id: randomUUID(), orgId, propertyId: unit.propertyId, trackingNumber: found.trackingNumber! };
    const workOrder = {
      orgId,
      trackingNumber: wo.trackingNumber,
      // The property's default responsible manager, if they still may be (issue 18); else no one yet.
      responsibleId: found.responsibleId,
      propertyId: unit.propertyId,
      unitId: unit.id,
      categoryId: category.id,
      reporterId: actor?.userId ?? null,
      reporterName: visitor?.name ?? null,
      reporterEmail: visitor?.email ?? null,
      reporterPhone: visitor?.phone ?? null,
      tenantSeverity: input.severity,
      priority,
      emergencyDetected: detected.emergency,
      description: input.description,
      idempotencyKey: input.idempotencyKey,
      submissionHash,
      locale,
      // A visitor's report of something already open for the unit is linked to it (they learn no details).
      linkedToId: openTwin?.id ?? null,
      ...accessData,
      gateCodeEnc,
      lockboxCodeEnc,
      createdAt: now,
      updatedAt: now,
      ...due,
    };
    const attachments = stored.map((p) => ({
      createdAt: now,
      kind: p.kind,
      storageKey: p.key,
      fileName: p.fileName,
      contentType: p.contentType,
      sizeBytes: p.bytes.length,
      width: p.width ?? null,
      height: p.height ?? null,
      uploadedById: actor?.userId ?? null,
    }));
    const place = `${unit.propertyName} ${unit.label}`;
    const outgoing: Outgoing[] = [];
    if (trackingToken) {
      // The visitor's tracking link, in the language they reported in; the link travels encrypted.
      const vars = { org: org.name, number: wo.trackingNumber, place, link: "{{link}}" };
      const contacts = [
        visitor?.email && ({ channel: "EMAIL", recipient: visitor.email } as const),
        visitor?.phone && ({ channel: "SMS", recipient: visitor.phone } as const),
      ].filter((c) => !!c);
      for (const c of contacts) {
        const { subject, body } = renderTenantMessage("request-received", locale, c.channel, vars);
        outgoing.push({
          orgId,
          dedupeKey: `wo:${wo.id}:received:visitor:${c.channel}`,
          channel: c.channel,
          recipient: c.recipient,
          workOrderId: wo.id,
          template: "request-received",
          subject,
          body,
          secretLink: `${env().PUBLIC_URL}/t/${trackingToken}`,
        });
      }
    }
    // The property's managers, each by their channel and in their language.
    const managers = found.managers.flatMap((m) => byPreference(m, m.contactMethod));
    const notice = {
      event: `wo:${wo.id}:created`,
      template: "new-request" as const,
      urgent: priority === "EMERGENCY",
      link: dashboardLink(wo.trackingNumber),
      vars: {
        priority,
        number: wo.trackingNumber,
        category: category.name,
        place,
        reporter: reporterLabel,
        description: input.description,
      },
    };
    outgoing.push(...staffOutgoing(wo, managers, notice, now, org));
    // A visitor's report counts against the unit's and the address's limits only once it is valid
    // and taken (the hits are written with the rest, in this transaction). An emergency is never
    // refused: over a limit it is taken and flagged for managers (an OVER_LIMIT event), and the
    // visitor sees the hotline as always; any other report over a limit is refused, all of it undone.
    const { over, workOrder: made } = await writeIntakeRows(
      tx,
      {
        workOrderId: wo.id,
        workOrder,
        attachments,
        limits,
        events: [
          {
            actorId: actor?.userId,
            actorLabel: reporterLabel,
            type: "CREATED",
            toStatus: "NEW",
            details: {
              priority,
              ...(detected.emergency ? { emergency: detected.kinds } : {}),
              ...(visitor ? { via: "QR" } : {}),
              ...(openTwin ? { linkedTo: openTwin.trackingNumber } : {}),
            },
          },
        ],
        tokens: trackingToken
          ? [
              {
                tokenHash: sha256(trackingToken),
                purpose: "TRACKING",
                expiresAt: new Date(now.getTime() + TRACKING_LINK_DAYS * 86_400_000).toISOString(),
              },
            ]
          : [],
        outgoing,
        draftKey: found.hasDrafts ? input.idempotencyKey : null,
      },
      now,
    );
    const full = limits.find((l) => l.text === over[0]);
    if (full && priority !== "EMERGENCY") throw limited(full.windowSeconds);
    // A linked report (a twin is already open) is left for a person to merge, not auto-assigned.
    const assigned = openTwin || !found.hasRule ? null : await autoAssign(tx, made, now);
    if (assigned)
      await noticesForStatusChange(
        tx,
        made.id,
        { from: "NEW", to: "ASSIGNED", vendorIdBefore: null, version: assigned.version },
        now,
      );
    // A signed-in tenant hears "we got it" by their channel (a visitor's message above carries their link).
    if (actor?.role === "TENANT")
      await tellTenant(tx, made, "received", "request-received", org, now, () => ({ place }));
    return { ...(assigned ?? made), trackingToken, linked: !!openTwin };
  }

  let made: Made;
  try {
    // A tenant who saves codes to their profile changes it: the audit log names them (one more
    // statement, so only then).
    made =
      tenantUserId && access?.saveToProfile
        ? await asActor({ userId: tenantUserId }, now, work)
        : await db().$transaction(work);
  } catch (err) {
    await forget();
    // Two submits with the same key raced: the loser answers with the winner's work order.
    const raced = await db().workOrder.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (raced) return replay(raced, actor, submissionHash);
    throw err;
  }
  if (made.created) return made.created;
  await forget();
  return replay(made.replay!, actor, submissionHash);
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
