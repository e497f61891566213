// What every approval step shares: the rules' inputs read off a work order (its priority, the
// organisation's limits, the property's owner), and asking the owner — hold the work, issue a link,
// email it (the link travels encrypted in the outbox).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/outbox/outbox";
import { approvalRule, type ApprovalInput } from "@/lib/work-orders/approval-rules";
import { formatCents as dollars } from "@/lib/money";
import { issueApprovalLink } from "@/lib/approvals/approval-link";
import { waitingOwnerNote } from "@/lib/approvals/system-notes";

type Owner = { id: string; name: string; email: string; approvalLimitCents: number | null };
type RuleSource = {
  priority: string;
  org: { managerApprovalLimitCents: number; ownerNotifyLimitCents: number };
  property: {
    managerApprovalLimitCents: number | null;
    ownerApprovalLimitCents: number | null;
    owner: Pick<Owner, "approvalLimitCents"> | null;
  };
};

export function approvalContext(wo: RuleSource): Omit<ApprovalInput, "amountCents"> {
  const { property: p } = wo;
  return {
    emergency: wo.priority === "EMERGENCY",
    org: { managerLimitCents: wo.org.managerApprovalLimitCents, ownerLimitCents: wo.org.ownerNotifyLimitCents },
    owner: p.owner ? { approvalLimitCents: p.owner.approvalLimitCents } : null,
    // Only the limits the property sets; an empty one falls back to the owner's, then the organisation's.
    property: {
      managerLimitCents: p.managerApprovalLimitCents ?? undefined,
      ownerLimitCents: p.ownerApprovalLimitCents ?? undefined,
    },
  };
}

export const ruleFor = (wo: RuleSource, amountCents: number) => approvalRule({ ...approvalContext(wo), amountCents });

export async function askOwner(
  tx: Tx,
  a: {
    wo: { id: string; orgId: string };
    owner: Owner;
    estimateId: string;
    amountCents: number;
    dedupeKey: string;
    subject: string;
    body: string;
  },
  now: Date,
) {
  await tx.workOrder.update({
    where: { id: a.wo.id },
    data: {
      holdReason: "WAITING_FOR_OWNER_APPROVAL",
      holdNote: waitingOwnerNote(a.owner.name, dollars(a.amountCents)),
      version: { increment: 1 },
    },
  });
  const token = await issueApprovalLink(
    tx,
    { workOrderId: a.wo.id, estimateId: a.estimateId, ownerId: a.owner.id, amountCents: a.amountCents },
    now,
  );
  await enqueue(
    tx,
    {
      orgId: a.wo.orgId,
      dedupeKey: a.dedupeKey,
      channel: "EMAIL",
      recipient: a.owner.email,
      workOrderId: a.wo.id,
      template: "owner-approval",
      subject: a.subject,
      body: a.body,
      secretLink: `${env().PUBLIC_URL}/approve/${token}`,
    },
    now,
  );
}
