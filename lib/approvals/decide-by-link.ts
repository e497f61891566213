// The owner's answer from the emailed link (a POST from the page's buttons; opening the link
// decides nothing). The link is spent by a conditional update, so a double tap or a replay is
// refused; it must still be bound to a pending estimate of the same amount. Approval releases the
// owner-approval hold; a decline keeps the work blocked for the manager with the owner's comment.
// Manager and vendor are told.
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { tellVendor } from "@/lib/notifications/tell-vendor";
import { notifyManagers } from "@/lib/notifications/notify-managers";
import { dashboardLink } from "@/lib/notifications/tell";
import { readApprovalLink, type LinkState } from "@/lib/approvals/approval-link";
import { formatCents as dollars } from "@/lib/money";
import { ownerDeclinedNote } from "@/lib/approvals/system-notes";

export class LinkRefused extends AppError {
  constructor(readonly state: Exclude<LinkState, "valid">) {
    super("FORBIDDEN", `approval.${state}`);
  }
}

/**
 * `estimateId`, when given, is the estimate the page showed (the form sends it back): it must be the
 * one the link is bound to, or nothing is decided. The estimate decided is always the link's own.
 */
export async function decideByLink({
  token,
  decision,
  comment,
  estimateId,
  now,
}: {
  token: string;
  decision: "APPROVED" | "DECLINED";
  comment?: string;
  estimateId?: string;
  now: Date;
}) {
  const note = comment?.trim() ?? "";
  if (decision === "DECLINED" && note.length < 3)
    throw new AppError("INVALID_INPUT", "common.checkField", {
      comment: ["approval.declineWhy"],
    });
  const read = await readApprovalLink(token, now);
  if (read.state !== "valid") throw new LinkRefused(read.state);
  const link = read.link;
  // Another estimate's id (another owner's, or another quote on the same work order) is as good as no link.
  if (estimateId !== undefined && estimateId !== link.estimateId) throw new LinkRefused("missing");
  return db().$transaction(async (tx) => {
    const spent = await tx.actionToken.updateMany({
      where: { id: link.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count === 0) throw new LinkRefused("used");
    const moved = await tx.costEstimate.updateMany({
      where: { id: link.estimateId!, status: "PENDING", amountCents: link.amountCents! },
      data: { status: decision },
    });
    if (moved.count === 0) throw new LinkRefused("superseded");
    const owner = await tx.owner.findUniqueOrThrow({ where: { id: link.subjectId! } });
    await tx.costApproval.create({
      data: {
        estimateId: link.estimateId!,
        decision,
        ownerId: owner.id,
        byUserId: owner.userId,
        comment: note || null,
        createdAt: now,
      },
    });
    const wo = await tx.workOrder.findUniqueOrThrow({
      where: { id: link.workOrderId! },
      include: { vendor: true, org: { select: { name: true } } },
    });
    const amount = dollars(link.amountCents!);
    await tx.workOrderEvent.create({
      data: {
        workOrderId: wo.id,
        actorId: owner.userId,
        actorLabel: `${owner.name} (owner)`,
        type: decision === "APPROVED" ? "OWNER_APPROVED" : "OWNER_DECLINED",
        details: { estimateId: link.estimateId!, amount, ...(note ? { comment: note } : {}) },
        visibility: "STAFF",
        createdAt: now,
      },
    });
    if (wo.holdReason === "WAITING_FOR_OWNER_APPROVAL") {
      const data =
        decision === "APPROVED"
          ? { holdReason: null, holdNote: null }
          : { holdReason: "OTHER" as const, holdNote: ownerDeclinedNote(amount, note) };
      await tx.workOrder.update({ where: { id: wo.id }, data: { ...data, version: { increment: 1 } } });
      if (decision === "APPROVED")
        await tx.workOrderEvent.create({
          data: {
            workOrderId: wo.id,
            actorLabel: "System",
            type: "HOLD_RELEASED",
            details: { reason: "owner approved" },
            createdAt: now,
          },
        });
    }
    const said = decision === "APPROVED" ? "approved" : "declined";
    await notifyManagers(
      tx,
      wo,
      {
        event: `estimate:${link.estimateId}:${said}`,
        template: said === "approved" ? "owner-approved" : "owner-declined",
        vars: { owner: owner.name, amount, number: wo.trackingNumber, note: note || undefined },
        link: dashboardLink(wo.trackingNumber),
      },
      now,
    );
    if (decision === "APPROVED" && wo.vendor) {
      await tellVendor(
        tx,
        wo.vendor,
        {
          template: "estimate-approved-vendor",
          dedupeKey: `estimate:${link.estimateId}:approved:vendor`,
          workOrderId: wo.id,
          vars: () => ({ org: wo.org.name, amount, number: wo.trackingNumber }),
        },
        now,
      );
    }
    return { decision, trackingNumber: wo.trackingNumber };
  });
}
