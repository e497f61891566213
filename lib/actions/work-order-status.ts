"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { toActionState, type ActionState, type FieldErrors } from "@/lib/errors";
import { readPhotos } from "@/lib/uploads/from-form";
import { zonedToUtc } from "@/lib/time";
import { changeStatus, type StatusChange } from "@/lib/work-orders/change-status";
import { dollarsToCents } from "@/lib/money";
import { declineReschedule } from "@/lib/work-orders/request-reschedule";
import { reasonSchema, versionSchema } from "@/lib/work-orders/schemas";
import { requestTime } from "@/lib/actions/request-time";

const base = z.object({
  trackingNumber: versionSchema,
  version: versionSchema,
  to: z.enum(["ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED", "NEW", "REOPEN"]),
});
/** What the manager typed, sent back with a refusal so the form keeps it (files cannot be refilled). */
const typed = (fd: FormData) =>
  Object.fromEntries(
    [...fd.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")) as [string, string][],
  );

const notesSchema = z
  .string()
  .trim()
  .min(3, "Say what was done (completion notes are required).")
  .max(5000, "Keep the notes under 5,000 characters.");

/** "vendor:ID" or "technician:ID" from the assign forms (a bare id is a vendor's). */
function assigneeOf(value: string | undefined) {
  if (!value) return null;
  const [kind, id] = value.includes(":") ? value.split(":", 2) : ["vendor", value];
  return kind === "technician" ? { technicianId: id } : { vendorId: id };
}

async function changeFrom(
  formData: FormData,
  to: z.infer<typeof base>["to"],
  timeZone: string,
): Promise<{ change?: StatusChange; fieldErrors: FieldErrors }> {
  const f = (k: string) => (formData.get(k) === null ? undefined : String(formData.get(k)));
  const fieldErrors: FieldErrors = {};
  if (to === "ASSIGNED") {
    const who = assigneeOf(f("assignee") ?? f("vendorId"));
    if (!who) return { fieldErrors: { vendorId: ["Choose a vendor or technician."] } };
    const override = f("override") === "on" ? { reason: f("overrideReason") ?? "" } : undefined;
    return { change: { to, ...who, reason: f("reason"), override }, fieldErrors };
  }
  if (to === "REOPEN") {
    const reason = reasonSchema.safeParse(f("reason") ?? "");
    if (!reason.success) return { fieldErrors: { reason: reason.error.issues.map((i) => i.message) } };
    return { change: { to: "ASSIGNED", reopen: true, reason: reason.data }, fieldErrors };
  }
  if (to === "SCHEDULED") {
    const start = zonedToUtc(f("windowStart") ?? "", timeZone);
    const end = zonedToUtc(f("windowEnd") ?? "", timeZone);
    if (!start) fieldErrors.windowStart = ["Enter when the visit window starts."];
    if (!end) fieldErrors.windowEnd = ["Enter when the visit window ends."];
    return { change: start && end ? { to, windowStart: start, windowEnd: end } : undefined, fieldErrors };
  }
  if (to === "COMPLETED") {
    const notes = notesSchema.safeParse(f("notes") ?? "");
    if (!notes.success) fieldErrors.notes = notes.error.issues.map((i) => i.message);
    const cents = dollarsToCents(f("actualCost") ?? "");
    if (cents === null) fieldErrors.actualCost = ["Enter the cost in dollars, like 240.50, or leave it blank."];
    const { photos, errors } = await readPhotos(formData, 0, "afterPhotos");
    if (errors.length) fieldErrors.afterPhotos = errors;
    if (!notes.success || cents === null || errors.length) return { fieldErrors };
    return { change: { to, notes: notes.data, actualCostCents: cents, afterPhotos: photos }, fieldErrors };
  }
  if (to === "CANCELLED" || to === "NEW") {
    const reason = reasonSchema.safeParse(f("reason") ?? "");
    if (!reason.success) return { fieldErrors: { reason: reason.error.issues.map((i) => i.message) } };
    return { change: { to, reason: reason.data }, fieldErrors };
  }
  return { change: { to }, fieldErrors };
}

export async function changeStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const head = base.safeParse({
    trackingNumber: formData.get("trackingNumber"),
    version: formData.get("version"),
    to: formData.get("to"),
  });
  if (!head.success) return { ok: false, message: "common.outOfDate" };
  try {
    const actor = await requireActor("work-order:manage");
    const org = await db().organization.findUniqueOrThrow({ where: { id: actor.orgId } });
    const { change, fieldErrors } = await changeFrom(formData, head.data.to, org.timeZone);
    if (!change) return { ok: false, message: "common.checkField", fieldErrors, values: typed(formData) };
    await changeStatus({
      actor,
      trackingNumber: head.data.trackingNumber,
      version: head.data.version,
      change,
      now: requestTime(),
    });
  } catch (err) {
    return { ...toActionState(err), values: typed(formData) };
  }
  revalidatePath("/dashboard");
  // A fresh page: every form gets the new version, and the banner says what happened.
  redirect(
    `/dashboard/work-orders/${head.data.trackingNumber}?done=${head.data.to === "REOPEN" ? "ASSIGNED" : head.data.to}`,
  );
}

export async function declineRescheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!number.success || !version.success) return { ok: false, message: "common.outOfDate" };
  const reason = reasonSchema.safeParse(formData.get("reason") ?? "");
  if (!reason.success) return { ok: false, fieldErrors: { reason: reason.error.issues.map((i) => i.message) } };
  try {
    const actor = await requireActor("work-order:manage");
    await declineReschedule({
      actor,
      trackingNumber: number.data,
      version: version.data,
      reason: reason.data,
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath("/dashboard");
  redirect(`/dashboard/work-orders/${number.data}?done=SCHEDULED`);
}
