// Input rules for the cost-approval thresholds (issue 7): the organisation's (settings), a
// property's and an owner's (directory). Pure, table-tested: admins type dollars, we keep integer
// cents; an empty property or owner field means "use the next level up" and is stored as null.
import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Vars } from "@/lib/i18n/translate";
import { dollarsToCents } from "@/lib/money";

const AMOUNT = "settings.v.amount";

type Ctx = z.RefinementCtx;
// Messages are keys; a slot that is itself a key ("settings.what.ownerLimit") is read in the reader's language.
const fail = (ctx: Ctx, message: MessageKey, vars?: Vars) => (
  ctx.addIssue({ code: "custom", message, params: vars && { vars } }),
  z.NEVER
);

/** Typed dollars → cents; blank → null. */
function centsOf(typed: string, ctx: Ctx): number | null {
  const cents = dollarsToCents(typed);
  if (cents === undefined) return null;
  if (cents === null) return fail(ctx, AMOUNT);
  return cents > 0 ? cents : fail(ctx, "settings.v.moreThanZero");
}
const MAX_HOURS = 24 * 90;
/** Typed whole hours; blank → null. */
function hoursOf(typed: string, ctx: Ctx): number | null {
  if (!typed) return null;
  if (!/^\d+$/.test(typed)) return fail(ctx, "settings.v.wholeHours");
  const n = Number(typed);
  return n >= 1 && n <= MAX_HOURS ? n : fail(ctx, "settings.v.hoursRange", { max: MAX_HOURS });
}

const optionalMoney = z.string().trim().transform(centsOf);
const money = (label: MessageKey) =>
  z
    .string()
    .trim()
    .transform((t, ctx) => centsOf(t, ctx) ?? fail(ctx, "settings.v.enterDollars", { label }));
const optionalHours = z.string().trim().transform(hoursOf);
const hours = (label: MessageKey) =>
  z
    .string()
    .trim()
    .transform((t, ctx) => hoursOf(t, ctx) ?? fail(ctx, "settings.v.enterHours", { label }));

const MANAGER_ABOVE_OWNER = "settings.v.managerAboveOwner";

export const orgApprovalSchema = z
  .object({
    managerLimit: money("settings.what.managerLimit"),
    ownerLimit: money("settings.what.ownerLimit"),
    reminderHours: hours("settings.what.reminder"),
    escalateHours: hours("settings.what.escalation"),
  })
  .superRefine((v, ctx) => {
    if (v.managerLimit > v.ownerLimit)
      ctx.addIssue({ code: "custom", path: ["managerLimit"], message: MANAGER_ABOVE_OWNER });
    // The second contact is asked after the reminder went out, not before it.
    if (v.escalateHours <= v.reminderHours)
      ctx.addIssue({
        code: "custom",
        path: ["escalateHours"],
        message: "settings.v.escalateAfterReminder",
      });
  })
  .transform((v) => ({
    managerApprovalLimitCents: v.managerLimit,
    ownerNotifyLimitCents: v.ownerLimit,
    ownerReminderHours: v.reminderHours,
    ownerEscalateHours: v.escalateHours,
  }));
export type OrgApprovalInput = z.output<typeof orgApprovalSchema>;

export const propertyThresholdSchema = z
  .object({ managerLimit: optionalMoney, ownerLimit: optionalMoney })
  .superRefine((v, ctx) => {
    if (v.managerLimit !== null && v.ownerLimit !== null && v.managerLimit > v.ownerLimit)
      ctx.addIssue({ code: "custom", path: ["managerLimit"], message: MANAGER_ABOVE_OWNER });
  })
  .transform((v) => ({ managerApprovalLimitCents: v.managerLimit, ownerApprovalLimitCents: v.ownerLimit }));
export type PropertyThresholdInput = z.output<typeof propertyThresholdSchema>;

/** The owner's own approval terms, edited on the owner's directory page beside their contacts. */
export const ownerApprovalSchema = z
  .object({ approvalLimit: optionalMoney, deemedApprovedAfterHours: optionalHours })
  .transform((v) => ({ approvalLimitCents: v.approvalLimit, deemedApprovedAfterHours: v.deemedApprovedAfterHours }));
export type OwnerApprovalInput = z.output<typeof ownerApprovalSchema>;

/** Cents as an admin types them back into a form ("200", "199.99"); null → "". */
export function centsForInput(cents: number | null | undefined): string {
  if (cents == null) return "";
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
