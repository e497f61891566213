// Admin sets the organisation's cost-approval thresholds and how long an owner has to answer
// (issue 7). Open estimates are not re-judged: the rules read these when an estimate is added or
// changed, and the cron tick reads the hours on its next run.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { allow } from "@/lib/directory/guard";
import type { OrgApprovalInput } from "@/lib/directory/approval-schemas";

export async function saveApprovalSettings({
  actor,
  input,
  now,
}: {
  actor: Actor;
  input: OrgApprovalInput;
  now: Date;
}) {
  allow(actor, "settings:edit");
  const { managerApprovalLimitCents, ownerNotifyLimitCents, ownerReminderHours, ownerEscalateHours } = input;
  return asActor(actor, now, (tx) =>
    tx.organization.update({
      where: { id: actor.orgId },
      data: { managerApprovalLimitCents, ownerNotifyLimitCents, ownerReminderHours, ownerEscalateHours },
    }),
  );
}
