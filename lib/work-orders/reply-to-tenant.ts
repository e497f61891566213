// Staff answer the tenant in context (DESIGN.md §7): the message is on the tenant's page and goes
// to them by email through the outbox, in the same transaction.
import "server-only";
import { invalidField } from "@/lib/errors";
import { enqueue } from "@/lib/outbox/outbox";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";

export async function replyToTenant({ body, ...args }: StaffArgs & { body: string }) {
  const text = body.trim();
  if (!text) throw invalidField("body", "v.message");
  if (text.length > 5000) throw invalidField("body", "v.messageLong");
  const { now } = args;
  return staffChange({ ...args, now }, () => ({
    event: { type: "MESSAGE", details: { body: text }, visibility: "PUBLIC" },
    also: async (tx, wo, eventId) => {
      await tx.message.create({
        data: {
          workOrderId: wo.id,
          authorId: args.actor.userId,
          authorLabel: args.actor.name,
          body: text,
          internal: false,
          createdAt: now,
        },
      });
      const reporter = wo.reporterId
        ? await tx.user.findUnique({ where: { id: wo.reporterId }, select: { id: true, email: true } })
        : null;
      const to = reporter?.email ?? wo.reporterEmail;
      if (to) {
        await enqueue(
          tx,
          {
            orgId: wo.orgId,
            dedupeKey: `staff-reply:${eventId}:EMAIL`,
            channel: "EMAIL",
            recipient: to,
            userId: reporter?.id,
            workOrderId: wo.id,
            template: "staff-reply",
            subject: `A message about your request #${wo.trackingNumber}`,
            body: text,
          },
          now,
        );
      }
    },
  }));
}
