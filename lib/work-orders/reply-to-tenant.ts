// Staff answer in context (DESIGN.md §7): the message is on the work order's conversation, which the
// tenant and the vendor or technician on the job see; both are told, each by their own channel and
// in their language, through the outbox in the same transaction (lib/work-orders/thread-notices.ts).
import "server-only";
import { invalidField } from "@/lib/errors";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";
import { tellThread } from "@/lib/work-orders/thread-notices";

export async function replyToTenant({ body, ...args }: StaffArgs & { body: string }) {
  const text = body.trim();
  if (!text) throw invalidField("body", "v.message");
  if (text.length > 5000) throw invalidField("body", "v.messageLong");
  const { now } = args;
  return staffChange({ ...args, now }, () => ({
    event: { type: "MESSAGE", details: { body: text }, visibility: "PUBLIC" },
    also: async (tx, wo) => {
      const message = await tx.message.create({
        data: {
          workOrderId: wo.id,
          authorId: args.actor.userId,
          authorLabel: args.actor.name,
          body: text,
          internal: false,
          createdAt: now,
        },
      });
      await tellThread(tx, wo.id, { messageId: message.id, from: "staff", name: args.actor.name, body: text }, now);
    },
  }));
}
