// What the outbox holds for an organisation: counts by status and the messages that failed.
// Bodies can hold personal details, so only admins read this; secrets never leave the row.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function deliveryOverview(actor: Actor) {
  const [byStatus, failed] = await Promise.all([
    db().outboxMessage.groupBy({ by: ["status"], where: { orgId: actor.orgId }, _count: true }),
    db().outboxMessage.findMany({
      where: { orgId: actor.orgId, status: "FAILED" },
      select: {
        id: true,
        channel: true,
        recipient: true,
        template: true,
        subject: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        workOrder: { select: { trackingNumber: true } },
      },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
  ]);
  const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count])) as Partial<
    Record<"PENDING" | "SENDING" | "SENT" | "FAILED", number>
  >;
  return { counts, failed };
}
