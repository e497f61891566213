// The organisation's SLA targets, calendar and at-risk point, as the pure SLA module takes them.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Calendar, SlaTargetRule } from "@/lib/work-orders/sla";

type Tx = Prisma.TransactionClient;

export async function slaSettings(
  tx: Tx,
  orgId: string,
): Promise<{ targets: SlaTargetRule[]; calendar: Calendar; atRiskPercent: number }> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: orgId },
    include: { slaTargets: true, holidays: true },
  });
  return {
    targets: org.slaTargets,
    atRiskPercent: org.slaAtRiskPercent,
    calendar: {
      timeZone: org.timeZone,
      workingDays: org.workingDays,
      holidays: org.holidays.map((h) => h.date.toISOString().slice(0, 10)),
    },
  };
}
