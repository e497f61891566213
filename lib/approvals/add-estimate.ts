// A manager (or the assigned in-house technician) adds an estimate (DESIGN.md §6). The approval
// rules decide who approves: the manager (on the work order page), or the owner, in which case the
// work goes on hold "waiting for owner approval" and the owner gets a one-click link by email.
// Everything — estimate, hold, link, events, emails — is one transaction.
import "server-only";
import type { Actor, VendorCaller } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError, invalidField, notFound } from "@/lib/errors";
import { enqueue } from "@/lib/outbox/outbox";
import { tellManagers } from "@/lib/notifications/tell";
import { scopeFor } from "@/lib/work-orders/scope";
import { renderOwnerMessage } from "@/lib/notifications/owner-templates";
import { askOwner, ruleFor } from "@/lib/approvals/owner-approval";
import { formatCents as dollars } from "@/lib/money";
import { ACTIVE_STATUSES } from "@/lib/work-orders/transitions";

export type EstimateInput = {
  amountCents: number;
  description: string;
  validUntil?: Date | null;
  vendorId?: string | null;
};

export async function addEstimate({
  actor,
  trackingNumber,
  input,
  now,
}: {
  actor: Actor | VendorCaller;
  trackingNumber: number;
  input: EstimateInput;
  now: Date;
}) {
  // The vendor on a job link quotes for their own job only, under their own name (issue 8).
  const vendorCaller = "via" in actor && actor.via === "vendor-link" ? actor : null;
  if (!vendorCaller && !can(actor, "estimate:add")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  if (vendorCaller) input = { ...input, vendorId: vendorCaller.vendorId };
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw invalidField("amount", "err.estimateAmount");
  const description = input.description.trim();
  if (description.length < 3) throw invalidField("description", "err.estimateDescription");
  return db().$transaction(async (tx) => {
    const wo = await tx.workOrder.findFirst({
      where: { trackingNumber, status: { in: [...ACTIVE_STATUSES] }, ...scopeFor(actor) },
      include: { property: { include: { owner: true } }, unit: true, org: true },
    });
    if (!wo) throw notFound();
    const vendorId = input.vendorId ?? wo.vendorId;
    if (vendorId && !(await tx.vendor.findFirst({ where: { id: vendorId, orgId: wo.orgId } })))
      throw invalidField("vendorId", "err.vendorFromList");
    const owner = wo.property.owner;
    const rule = ruleFor(wo, input.amountCents);
    const estimate = await tx.costEstimate.create({
      data: {
        workOrderId: wo.id,
        vendorId,
        amountCents: input.amountCents,
        description,
        validUntil: input.validUntil ?? null,
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: actor.userId,
        actorLabel: actor.name,
        type: "ESTIMATE_ADDED",
        details: {
          estimateId: estimate.id,
          amount: dollars(input.amountCents),
          approver: rule.approver,
          reason: rule.reason,
        },
        visibility: "STAFF",
        createdAt: now,
      },
    });
    const place = `${wo.property.name} ${wo.unit.label}`;
    const ownerVars = {
      amount: dollars(input.amountCents),
      place,
      description,
      number: wo.trackingNumber,
      org: wo.org.name,
    };
    if (rule.approver === "OWNER" && owner) {
      await tx.workOrderEvent.create({
        data: {
          workOrderId: wo.id,
          actorLabel: "System",
          type: "HOLD_PLACED",
          details: { reason: "WAITING_FOR_OWNER_APPROVAL" },
          createdAt: now,
        },
      });
      await askOwner(
        tx,
        {
          wo,
          owner,
          estimateId: estimate.id,
          amountCents: input.amountCents,
          dedupeKey: `estimate:${estimate.id}:${input.amountCents}:owner-approval`,
          ...renderOwnerMessage("owner-approval", { ...ownerVars, owner: owner.name, name: actor.name }),
        },
        now,
      );
    } else if (rule.notifyOwner && owner) {
      await enqueue(
        tx,
        {
          orgId: wo.orgId,
          dedupeKey: `estimate:${estimate.id}:owner-notice`,
          channel: "EMAIL",
          recipient: owner.email,
          workOrderId: wo.id,
          template: "owner-notice",
          ...renderOwnerMessage("owner-notice", { ...ownerVars, owner: owner.name }),
        },
        now,
      );
    }
    // A vendor's quote the manager approves: the managers hear of it (their own are on the page already).
    if (vendorCaller && rule.approver === "MANAGER") {
      await tellManagers(
        tx,
        wo,
        {
          event: `estimate:${estimate.id}:manager`,
          template: "vendor-estimate",
          vars: { amount: dollars(input.amountCents), name: actor.name, number: wo.trackingNumber, place, description },
        },
        now,
      );
    }
    return { estimate, rule };
  });
}
