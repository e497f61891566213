"use server";
// A work order's estimates on the staff page: who (estimate:add, or estimate:approve to decide), the
// fields, the approval rules' use case, and the page again with what happened.
import { z } from "zod";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { decideAsManager } from "@/lib/approvals/decide-as-manager";
import { dollarsField, formatCents as dollars } from "@/lib/money";
import { updateEstimate } from "@/lib/approvals/update-estimate";
import { formAction, staff } from "@/lib/actions/define";
import { msg } from "@/lib/i18n/translate";
import { zonedToUtc } from "@/lib/time";

const trackingNumber = z.coerce.number().int().positive();
const estimateId = z.string().min(1).max(40);
const amount = dollarsField("estimate.v.amount", { required: true }).refine((c) => !!c && c > 0, "estimate.v.amount");
const page = (n: number) => [`/dashboard/work-orders/${n}`];

export const addEstimateAction = formAction({
  who: staff("estimate:add"),
  input: z.object({
    trackingNumber,
    amount,
    description: z.string().default("").pipe(z.string().trim().min(3, "job.v.estimateCovers").max(2000)),
    validUntil: z
      .string()
      .default("")
      .transform((typed, ctx) => {
        if (!typed) return null;
        const at = zonedToUtc(`${typed}T23:59`, "UTC");
        if (!at) ctx.addIssue({ code: "custom", message: "estimate.v.validUntil" });
        return at;
      }),
  }),
  run: async ({ caller, input, now }) => {
    const amountCents = input.amount!;
    const { rule } = await addEstimate({
      actor: caller,
      trackingNumber: input.trackingNumber,
      input: { amountCents, description: input.description, validUntil: input.validUntil },
      now,
    });
    const amount = dollars(amountCents);
    const message =
      rule.approver === "OWNER"
        ? msg("estimates.added.owner", { amount, limit: dollars(rule.limits.ownerLimitCents) })
        : msg(rule.notifyOwner ? "estimates.added.yoursOwnerTold" : "estimates.added.yours", { amount });
    return { revalidate: page(input.trackingNumber), state: { ok: true, message } };
  },
});

export const decideEstimateAction = formAction({
  who: staff("estimate:approve"),
  input: z.object({
    estimateId,
    decision: z.enum(["APPROVED", "DECLINED"]),
    trackingNumber,
    comment: z.string().default(""),
  }),
  run: async ({ caller, input, now }) => {
    await decideAsManager({ actor: caller, ...input, now });
    const message = input.decision === "APPROVED" ? "estimates.approved" : "estimates.declined";
    return { revalidate: page(input.trackingNumber), state: { ok: true, message } };
  },
});

export const changeEstimateAction = formAction({
  who: staff("estimate:add"),
  input: z.object({ estimateId, trackingNumber, amount, description: z.string().default("") }),
  run: async ({ caller, input, now }) => {
    const amountCents = input.amount!;
    await updateEstimate({
      actor: caller,
      estimateId: input.estimateId,
      amountCents,
      description: input.description,
      now,
    });
    const message = msg("estimates.changed", { amount: dollars(amountCents) });
    return { revalidate: page(input.trackingNumber), state: { ok: true, message } };
  },
});
