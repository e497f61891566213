// A note for staff only: Message.internal and a STAFF event, so no tenant or owner view (all of
// which read PUBLIC events and non-internal messages) can ever show it.
import "server-only";
import { invalidField } from "@/lib/errors";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";

export async function addInternalNote({ body, ...args }: StaffArgs & { body: string }) {
  const text = body.trim();
  if (!text) throw invalidField("note", "err.noteEmpty");
  if (text.length > 5000) throw invalidField("note", "err.noteLong");
  const { now } = args;
  return staffChange({ ...args, now }, () => ({
    event: { type: "NOTE", details: { body: text }, visibility: "STAFF" },
    also: async (tx, wo) => {
      await tx.message.create({
        data: {
          workOrderId: wo.id,
          authorId: args.actor.userId,
          authorLabel: args.actor.name,
          body: text,
          internal: true,
          createdAt: now,
        },
      });
    },
  }));
}
