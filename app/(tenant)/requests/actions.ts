"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { reasonSchema, requestSchema, versionSchema } from "@/lib/work-orders/schemas";

export type RequestFormState = ActionState & { values?: Record<string, string> };

export async function createRequestAction(_prev: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const values = Object.fromEntries(["idempotencyKey", "categoryId", "severity", "description"].map((k) => [k, String(formData.get(k) ?? "")]));
  const parsed = requestSchema.safeParse({ ...values, categoryId: values.categoryId || undefined, severity: values.severity || undefined });
  if (!parsed.success) {
    return { ok: false, values, message: "Check the highlighted fields.", fieldErrors: parsed.error.flatten().fieldErrors };
  }
  let trackingNumber: number;
  try {
    const actor = await requireActor("request:create");
    trackingNumber = (await createWorkOrder({ actor, input: parsed.data })).trackingNumber;
  } catch (err) {
    return { ...toActionState(err), values };
  }
  revalidatePath("/requests");
  redirect(`/requests/${trackingNumber}?submitted=1`);
}

export async function tenantCancelAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const reason = reasonSchema.safeParse(formData.get("reason"));
  if (!reason.success) return { ok: false, fieldErrors: { reason: reason.error.issues.map((i) => i.message) } };
  try {
    const actor = await requireActor("request:view-own");
    const number = versionSchema.parse(formData.get("trackingNumber"));
    await changeStatus({ actor, trackingNumber: number, version: versionSchema.parse(formData.get("version")), change: { to: "CANCELLED", reason: reason.data } });
    revalidatePath(`/requests/${number}`);
    return { ok: true, message: "Your request was cancelled." };
  } catch (err) {
    return toActionState(err);
  }
}
