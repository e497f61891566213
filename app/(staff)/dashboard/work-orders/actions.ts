"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { toActionState, type ActionState } from "@/lib/errors";
import { zonedToUtc } from "@/lib/time";
import { changeStatus, type StatusChange } from "@/lib/work-orders/change-status";
import { declineReschedule } from "@/lib/work-orders/request-reschedule";
import { reasonSchema, versionSchema } from "@/lib/work-orders/schemas";

const base = z.object({ trackingNumber: versionSchema, version: versionSchema, to: z.enum(["ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED", "NEW"]) });

export async function changeStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const f = (k: string) => (formData.get(k) === null ? undefined : String(formData.get(k)));
  const head = base.safeParse({ trackingNumber: f("trackingNumber"), version: f("version"), to: f("to") });
  if (!head.success) return { ok: false, message: "common.outOfDate" };
  try {
    const actor = await requireActor("work-order:manage");
    const org = await db().organization.findUniqueOrThrow({ where: { id: actor.orgId } });
    const fieldErrors: Record<string, string[]> = {};
    let change: StatusChange | null = null;
    const { to } = head.data;
    if (to === "ASSIGNED") {
      if (!f("vendorId")) fieldErrors.vendorId = ["Choose a vendor."];
      else change = { to, vendorId: f("vendorId")!, reason: f("reason") };
    } else if (to === "SCHEDULED") {
      const start = zonedToUtc(f("windowStart") ?? "", org.timeZone);
      const end = zonedToUtc(f("windowEnd") ?? "", org.timeZone);
      if (!start) fieldErrors.windowStart = ["Enter when the visit window starts."];
      if (!end) fieldErrors.windowEnd = ["Enter when the visit window ends."];
      if (start && end) change = { to, windowStart: start, windowEnd: end };
    } else if (to === "COMPLETED") {
      const notes = z.string().trim().min(3, "Say what was done (completion notes are required).").max(5000).safeParse(f("notes") ?? "");
      if (!notes.success) fieldErrors.notes = notes.error.issues.map((i) => i.message);
      else change = { to, notes: notes.data };
    } else if (to === "CANCELLED" || to === "NEW") {
      const reason = reasonSchema.safeParse(f("reason") ?? "");
      if (!reason.success) fieldErrors.reason = reason.error.issues.map((i) => i.message);
      else change = { to, reason: reason.data };
    } else {
      change = { to };
    }
    if (!change) return { ok: false, message: "common.checkField", fieldErrors };
    await changeStatus({ actor, trackingNumber: head.data.trackingNumber, version: head.data.version, change });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath("/dashboard");
  // A fresh page: every form gets the new version, and the banner says what happened.
  redirect(`/dashboard/work-orders/${head.data.trackingNumber}?done=${head.data.to}`);
}

export async function declineRescheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const number = versionSchema.safeParse(formData.get("trackingNumber"));
  const version = versionSchema.safeParse(formData.get("version"));
  if (!number.success || !version.success) return { ok: false, message: "common.outOfDate" };
  const reason = reasonSchema.safeParse(formData.get("reason") ?? "");
  if (!reason.success) return { ok: false, fieldErrors: { reason: reason.error.issues.map((i) => i.message) } };
  try {
    const actor = await requireActor("work-order:manage");
    await declineReschedule({ actor, trackingNumber: number.data, version: version.data, reason: reason.data });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath("/dashboard");
  redirect(`/dashboard/work-orders/${number.data}?done=SCHEDULED`);
}
