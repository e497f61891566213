// Moves a work order along its life. The transition table decides whether the move is allowed for
// this actor; the update is conditional on the version the actor saw, so a stale page changes
// nothing; the status change and its event are one transaction. Assigning checks the vendor's
// insurance and licence here, not only on the page: an expired one needs a logged override.
import "server-only";
import type { Caller, VendorCaller } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma, WorkOrder } from "@/lib/db/generated/client";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/locales";
import { AppError, invalidField, notFound, stale } from "@/lib/errors";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import type { ProcessedPaper } from "@/lib/uploads/process-document";
import { revokeJobLinks } from "@/lib/work-orders/job-links";
import { noticesForStatusChange } from "@/lib/work-orders/status-notices";
import { storage } from "@/lib/uploads/storage";
import { blockedWarning, complianceProblems } from "@/lib/work-orders/vendor-compliance";
import { checkTransition } from "@/lib/work-orders/transitions";
import { scopeFor } from "@/lib/work-orders/scope";

export type Assignee = { vendorId: string; technicianId?: undefined } | { technicianId: string; vendorId?: undefined };

export type StatusChange =
  | ({ to: "ASSIGNED"; reason?: string; override?: { reason: string } } & Assignee)
  | { to: "ASSIGNED"; reopen: true; reason: string } // back to the same vendor or technician
  | { to: "SCHEDULED"; windowStart: Date; windowEnd: Date }
  | {
      to: "COMPLETED";
      notes: string;
      actualCostCents?: number;
      afterPhotos?: ProcessedFile[];
      invoice?: ProcessedPaper;
    }
  | { to: "CLOSED" }
  | { to: "CANCELLED"; reason: string }
  | { to: "NEW"; reason: string };

type Data = Prisma.WorkOrderUpdateManyMutationInput & { vendorId?: string | null; technicianId?: string | null };
type Extra = { type: string; details: Record<string, string>; visibility: "STAFF" | "PUBLIC" };

export async function changeStatus({
  actor,
  trackingNumber,
  version,
  change,
  now,
  locale = "en",
}: {
  actor: Caller | VendorCaller;
  trackingNumber: number;
  version: number;
  change: StatusChange;
  now: Date;
  /** The reader's language, for the words of a refusal (a lapsed vendor's dates). */
  locale?: Locale;
}) {
  // Files are stored before the transaction (a slow upload must not hold the database); their rows
  // are written with the change, so a refused change leaves only unreferenced bytes behind.
  const stored = change.to === "COMPLETED" ? await storeAll(change.afterPhotos ?? []) : [];
  const invoice = change.to === "COMPLETED" && change.invoice ? (await storeAll([change.invoice]))[0] : null;
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({ where: { trackingNumber, ...scopeFor(actor) } });
    if (!wo) throw notFound();
    if (wo.version !== version) throw stale();
    // A closed request reopens only within the organisation's window (read only when it matters).
    const closed =
      wo.status === "CLOSED"
        ? {
            at: wo.closedAt,
            reopenWindowDays: (
              await tx.organization.findUniqueOrThrow({ where: { id: wo.orgId }, select: { reopenWindowDays: true } })
            ).reopenWindowDays,
          }
        : undefined;
    const check = checkTransition({ from: wo.status, to: change.to, who: actor.role, closed, now });
    if (!check.ok) throw new AppError(check.code, check.message, undefined, check.vars);
    // Reassigning, reopening and cancelling all say why (DESIGN.md §2).
    const reason = "reason" in change ? change.reason?.trim() : undefined;
    if ((check.requires === "reason" || (change.to === "ASSIGNED" && wo.status !== "NEW")) && !reason) {
      throw invalidField("reason", "v.reason");
    }
    const data: Data = { status: change.to, version: { increment: 1 } };
    const details: Record<string, string | number> = {};
    const extra: Extra[] = [];
    if (change.to === "ASSIGNED" && "reopen" in change) {
      if (wo.status !== "COMPLETED" && wo.status !== "CLOSED")
        throw new AppError("TRANSITION_NOT_ALLOWED", "err.notReported");
      data.completedAt = null;
      data.closedAt = null;
      details.reason = change.reason;
      details.reopened = wo.status === "CLOSED" ? "callback" : "not fixed";
    } else if (change.to === "ASSIGNED") {
      const who = await assignee(tx, actor, wo, change, now, locale);
      Object.assign(data, who.data);
      if (!wo.firstResponseAt) data.firstResponseAt = now;
      // A new assignee starts their own clock (response, arrival): the vendor scorecard reads these.
      if (who.data.vendorId !== wo.vendorId || who.data.technicianId !== wo.technicianId)
        Object.assign(data, { assignedAt: now, acceptedAt: null, departedAt: null, arrivedAt: null });
      details.vendor = who.label;
      if (reason) details.reason = reason;
      if (who.override) extra.push(who.override);
    } else if (change.to === "SCHEDULED") {
      if (!(change.windowEnd > change.windowStart)) throw invalidField("windowEnd", "v.windowOrder");
      data.windowStart = change.windowStart;
      // The assignee booking the visit has accepted the job.
      if (!wo.acceptedAt && (actor.role === "VENDOR" || actor.role === "TECHNICIAN")) data.acceptedAt = now;
      data.windowEnd = change.windowEnd;
      // A new window answers the tenant's "can't make this time" request, if there was one.
      data.rescheduleRequestedAt = null;
      data.rescheduleTimes = null;
      if (wo.rescheduleTimes) details.tenantAsked = wo.rescheduleTimes;
      details.windowStart = change.windowStart.toISOString();
      details.windowEnd = change.windowEnd.toISOString();
    } else if (change.to === "COMPLETED") {
      const notes = change.notes.trim();
      if (notes.length < 3) throw invalidField("notes", "err.completionNotes");
      if (
        change.actualCostCents !== undefined &&
        (!Number.isSafeInteger(change.actualCostCents) || change.actualCostCents < 0)
      )
        throw invalidField("actualCost", "err.actualCost");
      data.completedAt = now;
      data.completionNotes = notes;
      if (change.actualCostCents !== undefined) data.actualCostCents = change.actualCostCents;
      details.notes = notes;
      if (stored.length) details.afterPhotos = stored.length;
      if (invoice) details.invoice = invoice.fileName;
    } else if (change.to === "CLOSED") {
      data.closedAt = now;
    } else if (change.to === "CANCELLED") {
      data.cancelledAt = now;
      details.reason = change.reason;
    } else if (change.to === "NEW") {
      data.vendorId = null;
      data.technicianId = null;
      details.reason = change.reason;
    }

    const { count } = await tx.workOrder.updateMany({ where: { id: wo.id, version }, data });
    if (count === 0) throw stale();
    // A vendor's job link dies the moment the job stops being theirs (reassigned, unassigned, cancelled).
    if (
      wo.vendorId &&
      (change.to === "CANCELLED" ||
        change.to === "NEW" ||
        (data.vendorId !== undefined && data.vendorId !== wo.vendorId))
    )
      await revokeJobLinks(tx, wo.id, now);
    const base = { workOrderId: wo.id, actorId: actor.userId, actorLabel: actor.name, createdAt: now };
    for (const e of extra) await tx.workOrderEvent.create({ data: { ...base, ...e } });
    await tx.workOrderEvent.create({
      data: { ...base, type: "STATUS_CHANGED", fromStatus: wo.status as WorkOrderStatus, toStatus: change.to, details },
    });
    // Who hears about it (tenant, vendor), in this same transaction: nothing lost, nothing doubled.
    await noticesForStatusChange(
      tx,
      wo.id,
      {
        from: wo.status,
        to: change.to,
        vendorIdBefore: wo.vendorId,
        technicianIdBefore: wo.technicianId,
        byUserId: actor.userId,
        version: version + 1,
        byVendor: "via" in actor && actor.via === "vendor-link",
        reason,
      },
      now,
    );
    for (const [f, stage] of [
      ...stored.map((f) => [f, "AFTER"] as const),
      ...(invoice ? [[invoice, "INVOICE"] as const] : []),
    ]) {
      await tx.attachment.create({
        data: {
          workOrderId: wo.id,
          kind: f.kind,
          stage,
          storageKey: f.key,
          fileName: f.fileName,
          contentType: f.contentType,
          sizeBytes: f.bytes.length,
          width: f.width,
          height: f.height,
          uploadedById: actor.userId,
          createdAt: now,
        },
      });
    }
    return tx.workOrder.findUniqueOrThrow({ where: { id: wo.id } });
  });
}

async function storeAll<F extends ProcessedFile | ProcessedPaper>(files: F[]) {
  const store = storage();
  const out: (F & { key: string })[] = [];
  for (const f of files) out.push({ ...f, key: await store.put(f.bytes, f.fileName, f.contentType) });
  return out;
}

/** The vendor or in-house technician to assign, checked against the organisation and compliance. */
async function assignee(
  tx: Tx,
  actor: Caller | VendorCaller,
  wo: WorkOrder,
  change: Assignee & { override?: { reason: string } },
  now: Date,
  locale: Locale,
) {
  if (change.technicianId) {
    const tech = await tx.user.findFirst({
      where: { id: change.technicianId, orgId: wo.orgId, role: "TECHNICIAN", disabledAt: null },
    });
    if (!tech) throw invalidField("vendorId", "err.assigneeFromList");
    return { data: { technicianId: tech.id, vendorId: null }, label: tech.name };
  }
  const vendor = await tx.vendor.findFirst({ where: { id: change.vendorId, orgId: wo.orgId, active: true } });
  if (!vendor) throw invalidField("vendorId", "err.assigneeFromList");
  const org = await tx.organization.findUniqueOrThrow({ where: { id: wo.orgId }, select: { timeZone: true } });
  // The log keeps the English facts (stored data); the refusal speaks the reader's language.
  const problems = complianceProblems(vendor, now, org.timeZone);
  let override: Extra | undefined;
  const warning = blockedWarning(vendor, now, org.timeZone, locale);
  if (warning) {
    if (!change.override) throw new AppError("VENDOR_BLOCKED", warning.key, { override: [warning] }, warning.vars);
    if (!can(actor, "work-order:override-compliance")) throw new AppError("FORBIDDEN", "err.FORBIDDEN");
    const why = change.override.reason.trim();
    if (why.length < 3) throw invalidField("overrideReason", "err.overrideReason");
    override = {
      type: "ASSIGNMENT_OVERRIDE",
      visibility: "STAFF",
      // `expired` is the English record; the dates let a timeline word it in its reader's language.
      details: {
        vendor: vendor.company,
        expired: problems.join("; "),
        reason: why,
        ...(vendor.insuranceExpiresAt && { insuranceExpiresAt: vendor.insuranceExpiresAt.toISOString() }),
        ...(vendor.licenceExpiresAt && { licenceExpiresAt: vendor.licenceExpiresAt.toISOString() }),
      },
    };
  }
  return { data: { vendorId: vendor.id, technicianId: null }, label: vendor.company, override };
}
