"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { decideAsManager } from "@/lib/approvals/decide-as-manager";
import { dollarsToCents, formatCents as dollars } from "@/lib/money";
import { updateEstimate } from "@/lib/approvals/update-estimate";
import { requireActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { zonedToUtc } from "@/lib/time";
import { requestTime } from "@/lib/actions/request-time";

const AMOUNT = "Enter the amount in dollars, like 750 or 1,250.50.";

export async function addEstimateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const n = z.coerce.number().int().positive().safeParse(formData.get("trackingNumber"));
  if (!n.success) return { ok: false, message: "common.outOfDate" };
  const amountCents = dollarsToCents(String(formData.get("amount") ?? "")) ?? null;
  const description = z
    .string()
    .trim()
    .min(3, "Say what the estimate covers.")
    .max(2000)
    .safeParse(formData.get("description") ?? "");
  const validUntilText = String(formData.get("validUntil") ?? "");
  const validUntil = validUntilText ? zonedToUtc(`${validUntilText}T23:59`, "UTC") : null;
  const fieldErrors: Record<string, string[]> = {};
  if (amountCents === null || amountCents <= 0) fieldErrors.amount = [AMOUNT];
  if (!description.success) fieldErrors.description = description.error.issues.map((i) => i.message);
  if (validUntilText && !validUntil) fieldErrors.validUntil = ["Enter a date, or leave it empty."];
  if (Object.keys(fieldErrors).length) return { ok: false, message: "common.checkField", fieldErrors };
  let message: string;
  try {
    const actor = await requireActor("estimate:add");
    const { rule } = await addEstimate({
      actor,
      trackingNumber: n.data,
      input: { amountCents: amountCents!, description: description.data!, validUntil },
      now: requestTime(),
    });
    message =
      rule.approver === "OWNER"
        ? `Estimate of ${dollars(amountCents!)} added. Over ${dollars(rule.limits.ownerLimitCents)}: the owner must approve; they have been emailed a link and the work is on hold until they answer.`
        : `Estimate of ${dollars(amountCents!)} added. It is yours to approve${rule.notifyOwner ? "; the owner will be told" : ""}.`;
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(`/dashboard/work-orders/${n.data}`);
  return { ok: true, message };
}

export async function decideEstimateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const input = z
    .object({
      estimateId: z.string().min(1).max(40),
      decision: z.enum(["APPROVED", "DECLINED"]),
      trackingNumber: z.coerce.number().int().positive(),
    })
    .safeParse({
      estimateId: formData.get("estimateId"),
      decision: formData.get("decision"),
      trackingNumber: formData.get("trackingNumber"),
    });
  if (!input.success) return { ok: false, message: "common.outOfDate" };
  try {
    const actor = await requireActor("estimate:approve");
    await decideAsManager({
      actor,
      estimateId: input.data.estimateId,
      decision: input.data.decision,
      comment: String(formData.get("comment") ?? ""),
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(`/dashboard/work-orders/${input.data.trackingNumber}`);
  return { ok: true, message: input.data.decision === "APPROVED" ? "Estimate approved." : "Estimate declined." };
}

export async function changeEstimateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const ids = z
    .object({ estimateId: z.string().min(1).max(40), trackingNumber: z.coerce.number().int().positive() })
    .safeParse({ estimateId: formData.get("estimateId"), trackingNumber: formData.get("trackingNumber") });
  if (!ids.success) return { ok: false, message: "common.outOfDate" };
  const amountCents = dollarsToCents(String(formData.get("amount") ?? "")) ?? null;
  if (amountCents === null || amountCents <= 0)
    return { ok: false, message: "common.checkField", fieldErrors: { amount: [AMOUNT] } };
  try {
    const actor = await requireActor("estimate:add");
    await updateEstimate({
      actor,
      estimateId: ids.data.estimateId,
      amountCents,
      description: String(formData.get("description") ?? ""),
      now: requestTime(),
    });
  } catch (err) {
    return toActionState(err);
  }
  revalidatePath(`/dashboard/work-orders/${ids.data.trackingNumber}`);
  return {
    ok: true,
    message: `Estimate changed to ${dollars(amountCents)}. Any earlier approval link no longer works.`,
  };
}
