"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import type { Priority } from "@/lib/db/generated/enums";
import { toActionState, type ActionState } from "@/lib/errors";
import { BULK_MAX, bulkSummary, bulkUpdate, type BulkOp } from "@/lib/work-orders/bulk-update";
import { PRIORITIES } from "@/lib/work-orders/queue-filter";
import { requestTime } from "@/lib/actions/request-time";

// Each ticked row posts "trackingNumber:version", the version its row was read at.
const item = z
  .string()
  .regex(/^\d{1,9}:\d{1,9}$/)
  .transform((s) => {
    const [trackingNumber, version] = s.split(":").map(Number);
    return { trackingNumber, version };
  });
const schema = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("assign"),
    vendorId: z.string().min(1, "Choose a vendor."),
    reason: z.string().trim().max(500).optional(),
  }),
  z.object({
    op: z.literal("reprioritise"),
    priority: z.enum(PRIORITIES as [string, ...string[]], "Choose a priority."),
    reason: z.string().trim().min(3, "Say why the priority changes.").max(500),
  }),
  z.object({ op: z.literal("close") }),
]);

export async function bulkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const items = z
    .array(item)
    .max(BULK_MAX, `Select at most ${BULK_MAX} work orders at a time.`)
    .safeParse(formData.getAll("item"));
  if (!items.success) return { ok: false, message: items.error.issues[0]?.message ?? "common.outOfDate" };
  if (items.data.length === 0) return { ok: false, message: "Select at least one work order." };
  const f = (k: string) => (formData.get(k) === null || formData.get(k) === "" ? undefined : String(formData.get(k)));
  const parsed = schema.safeParse({
    op: f("op"),
    vendorId: f("vendorId"),
    priority: f("priority"),
    reason: f("reason") ?? (f("op") === "reprioritise" ? "" : undefined),
  });
  if (!parsed.success)
    return {
      ok: false,
      message: "Check the highlighted field.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const d = parsed.data;
  const op: BulkOp =
    d.op === "assign"
      ? { kind: "assign", vendorId: d.vendorId, reason: d.reason || undefined }
      : d.op === "reprioritise"
        ? { kind: "reprioritise", priority: d.priority as Priority, reason: d.reason }
        : { kind: "close" };
  try {
    const actor = await requireActor("work-order:manage");
    const result = await bulkUpdate({ actor, items: items.data, op, now: requestTime() });
    revalidatePath("/dashboard");
    return { ok: result.updated.length > 0, message: bulkSummary(result) };
  } catch (err) {
    return toActionState(err);
  }
}
