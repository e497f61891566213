"use server";
// The queue's bulk bar: who (work-order:manage), the ticked rows and the change, the use case, and
// a summary of what changed and what did not.
import { z } from "zod";
import type { Priority } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { formAction, staff } from "@/lib/actions/define";
import { BULK_MAX, bulkSummary, bulkUpdate, type BulkOp } from "@/lib/work-orders/bulk-update";
import { PRIORITIES } from "@/lib/work-orders/queue-filter";

// Each ticked row posts "trackingNumber:version", the version its row was read at.
const item = z
  .string()
  .regex(/^\d{1,9}:\d{1,9}$/)
  .transform((s) => {
    const [trackingNumber, version] = s.split(":").map(Number);
    return { trackingNumber, version };
  });
const items = { item: z.array(item) };
const change = z.discriminatedUnion("op", [
  z.object({
    ...items,
    op: z.literal("assign"),
    vendorId: z.string().min(1, "v.vendor"),
    reason: z.string().trim().max(500).optional(),
  }),
  z.object({
    ...items,
    op: z.literal("reprioritise"),
    priority: z.enum(PRIORITIES as [string, ...string[]], "v.priority"),
    reason: z.string().trim().min(3, "queue.v.reason").max(500),
  }),
  z.object({ ...items, op: z.literal("close") }),
  z.object({ ...items, op: z.literal("responsible"), responsibleId: z.string().trim().max(64).default("") }),
]);

export const bulkAction = formAction({
  who: staff("work-order:manage"),
  input: change,
  read: (formData) => {
    const f = (k: string) => (formData.get(k) === null || formData.get(k) === "" ? undefined : String(formData.get(k)));
    return {
      item: formData.getAll("item"),
      op: f("op"),
      vendorId: f("vendorId"),
      priority: f("priority"),
      responsibleId: f("responsibleId"),
      reason: f("reason") ?? (f("op") === "reprioritise" ? "" : undefined),
    };
  },
  run: async ({ caller, input: d, now }) => {
    // The selection is the whole form's, not one field's: its answer is the form's message.
    if (d.item.length === 0) throw new AppError("INVALID_INPUT", "err.bulkNone");
    if (d.item.length > BULK_MAX) throw new AppError("INVALID_INPUT", "err.bulkTooMany", undefined, { max: BULK_MAX });
    const op: BulkOp =
      d.op === "assign"
        ? { kind: "assign", vendorId: d.vendorId, reason: d.reason || undefined }
        : d.op === "reprioritise"
          ? { kind: "reprioritise", priority: d.priority as Priority, reason: d.reason }
          : d.op === "responsible"
            ? { kind: "responsible", responsibleId: d.responsibleId || null }
            : { kind: "close" };
    const result = await bulkUpdate({ actor: caller, items: d.item, op, now });
    return {
      revalidate: ["/dashboard"],
      state: { ok: result.updated.length > 0, message: bulkSummary(result, (await getT()).t) },
    };
  },
});
