// Admin sets the organisation's timings and thresholds (issue 18): the emergency escalation step,
// the SLA at-risk point, the reopen and callback windows, the repeat look-back and the vendors'
// paper reminders. Each is read where it is used, on its next use: open work orders keep the
// at-risk times they were given (as with the SLA targets), everything else follows at once.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { allow } from "@/lib/directory/guard";
import type { Timings } from "@/lib/timings";

export async function saveTimings({ actor, input, now }: { actor: Actor; input: Timings; now: Date }) {
  allow(actor, "settings:edit");
  const {
    emergencyEscalateMinutes,
    slaAtRiskPercent,
    reopenWindowDays,
    callbackWindowDays,
    repeatLookbackMonths,
    paperReminderDays,
  } = input;
  return asActor(actor, now, (tx) =>
    tx.organization.update({
      where: { id: actor.orgId },
      data: {
        emergencyEscalateMinutes,
        slaAtRiskPercent,
        reopenWindowDays,
        callbackWindowDays,
        repeatLookbackMonths,
        paperReminderDays,
      },
    }),
  );
}
