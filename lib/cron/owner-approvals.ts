// Nothing waits on an owner silently (issue 7): an estimate waiting for its owner is reminded after
// the organisation's reminder hours (a fresh link; the earlier one then says "use the latest
// email"), sent to the owner's second contact after the escalation hours, and handed back to the
// manager, flagged on the work order, after twice that. An owner whose management agreement says
// so has it deemed approved after their hours, recorded as exactly that. Each happens once.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { issueApprovalLink } from "@/lib/approvals/approval-link";
import { formatCents as dollars } from "@/lib/money";
import { enqueue } from "@/lib/outbox/outbox";
import { notifyManagers } from "@/lib/notifications/notify-managers";
import { renderOwnerMessage } from "@/lib/notifications/owner-templates";
import { dashboardLink } from "@/lib/notifications/tell";
import { BATCH, lockedStep } from "@/lib/cron/step";
import { deemedComment, ownerSilentNote } from "@/lib/approvals/system-notes";

const HOUR = 3_600_000;

export function chaseOwnerApprovals(now: Date) {
  return lockedStep("ownerApprovals", async (tx) => {
    const waiting = await tx.costEstimate.findMany({
      where: {
        status: "PENDING",
        tokens: { some: { purpose: "OWNER_APPROVAL" } },
        workOrder: { holdReason: "WAITING_FOR_OWNER_APPROVAL" },
      },
      include: { workOrder: { include: { org: true, unit: true, property: { include: { owner: true } } } } },
      orderBy: { updatedAt: "asc" },
      take: BATCH,
    });
    let acted = 0;
    for (const e of waiting) {
      const wo = e.workOrder;
      const owner = wo.property.owner;
      if (!owner) continue;
      const hours = (now.getTime() - e.updatedAt.getTime()) / HOUR;
      const key = `estimate:${e.id}:${e.amountCents}`;
      if (owner.deemedApprovedAfterHours && hours >= owner.deemedApprovedAfterHours) {
        acted += await deem(tx, e.id, owner, wo, e.amountCents, now);
        continue;
      }
      const place = `${wo.property.name} ${wo.unit.label}`;
      const ask = async (to: string, step: "reminder" | "second-contact") => {
        if (await tx.outboxMessage.findUnique({ where: { dedupeKey: `${key}:${step}` } })) return 0;
        const token = await issueApprovalLink(
          tx,
          { workOrderId: wo.id, estimateId: e.id, ownerId: owner.id, amountCents: e.amountCents },
          now,
          { keepEarlier: step === "second-contact" },
        );
        await enqueue(
          tx,
          {
            orgId: wo.orgId,
            dedupeKey: `${key}:${step}`,
            channel: "EMAIL",
            recipient: to,
            workOrderId: wo.id,
            template: `owner-approval-${step}`,
            ...renderOwnerMessage(`owner-approval-${step}`, {
              owner: owner.name,
              amount: dollars(e.amountCents),
              place,
              description: e.description,
              number: wo.trackingNumber,
              org: wo.org.name,
            }),
            secretLink: `${env().PUBLIC_URL}/approve/${token}`,
          },
          now,
        );
        await tx.workOrderEvent.create({
          data: {
            workOrderId: wo.id,
            actorLabel: "System",
            type: "OWNER_CHASED",
            details: { step, to, estimateId: e.id },
            visibility: "STAFF",
            createdAt: now,
          },
        });
        return 1;
      };
      if (hours >= 2 * wo.org.ownerEscalateHours || (hours >= wo.org.ownerEscalateHours && !owner.secondContactEmail)) {
        if (
          await tx.workOrderEvent.findFirst({
            where: { workOrderId: wo.id, type: "OWNER_UNANSWERED", details: { path: ["estimateId"], equals: e.id } },
          })
        )
          continue;
        await tx.workOrder.update({
          where: { id: wo.id },
          data: {
            holdNote: ownerSilentNote(owner.name, dollars(e.amountCents), Math.floor(hours / 24)),
            version: { increment: 1 },
          },
        });
        await tx.workOrderEvent.create({
          data: {
            workOrderId: wo.id,
            actorLabel: "System",
            type: "OWNER_UNANSWERED",
            details: { estimateId: e.id },
            visibility: "STAFF",
            createdAt: now,
          },
        });
        await notifyManagers(
          tx,
          wo,
          {
            event: `${key}:unanswered`,
            template: "owner-unanswered",
            vars: { owner: owner.name, amount: dollars(e.amountCents), number: wo.trackingNumber, place },
            link: dashboardLink(wo.trackingNumber),
          },
          now,
        );
        acted++;
      } else if (hours >= wo.org.ownerEscalateHours && owner.secondContactEmail) {
        acted += await ask(owner.secondContactEmail, "second-contact");
      } else if (hours >= wo.org.ownerReminderHours) {
        acted += await ask(owner.email, "reminder");
      }
    }
    return acted;
  });
}

async function deem(
  tx: Tx,
  estimateId: string,
  owner: { id: string; name: string; deemedApprovedAfterHours: number | null },
  wo: { id: string; orgId: string; propertyId: string; trackingNumber: number },
  amountCents: number,
  now: Date,
) {
  const { count } = await tx.costEstimate.updateMany({
    where: { id: estimateId, status: "PENDING" },
    data: { status: "APPROVED" },
  });
  if (count === 0) return 0;
  await tx.actionToken.updateMany({
    where: { estimateId, purpose: "OWNER_APPROVAL", usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  await tx.costApproval.create({
    data: {
      estimateId,
      decision: "APPROVED",
      ownerId: owner.id,
      deemed: true,
      comment: deemedComment(owner.deemedApprovedAfterHours ?? 0),
      createdAt: now,
    },
  });
  await tx.workOrder.update({
    where: { id: wo.id },
    data: { holdReason: null, holdNote: null, version: { increment: 1 } },
  });
  await tx.workOrderEvent.create({
    data: {
      workOrderId: wo.id,
      actorLabel: "System",
      type: "OWNER_DEEMED_APPROVED",
      details: { estimateId, amount: dollars(amountCents), hours: owner.deemedApprovedAfterHours ?? 0 },
      visibility: "STAFF",
      createdAt: now,
    },
  });
  await tx.workOrderEvent.create({
    data: {
      workOrderId: wo.id,
      actorLabel: "System",
      type: "HOLD_RELEASED",
      details: { reason: "deemed approved" },
      createdAt: now,
    },
  });
  await notifyManagers(
    tx,
    wo,
    {
      event: `estimate:${estimateId}:${amountCents}:deemed`,
      template: "owner-deemed",
      vars: {
        owner: owner.name,
        amount: dollars(amountCents),
        number: wo.trackingNumber,
        hours: owner.deemedApprovedAfterHours ?? undefined,
      },
      link: dashboardLink(wo.trackingNumber),
    },
    now,
  );
  return 1;
}
