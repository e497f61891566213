// Input rules for the cost-approval thresholds (issue 7): the organisation's (settings), a
// property's and an owner's (directory). Pure, table-tested: admins type dollars, we keep integer
// cents; an empty property or owner field means "use the next level up" and is stored as null.
import { z } from "zod";
import { dollarsToCents } from "@/lib/money";

const AMOUNT = "Enter an amount in dollars and whole cents, like 200 or 199.99.";

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, message: string) => (ctx.addIssue({ code: "custom", message }), z.NEVER);

/** Typed dollars → cents; blank → null. */
function centsOf(typed: string, ctx: Ctx): number | null {
  const cents = dollarsToCents(typed);
  if (cents === undefined) return null;
  if (cents === null) return fail(ctx, AMOUNT);
  return cents > 0 ? cents : fail(ctx, "More than $0.00.");
}
const MAX_HOURS = 24 * 90;
/** Typed whole hours; blank → null. */
function hoursOf(typed: string, ctx: Ctx): number | null {
  if (!typed) return null;
  if (!/^\d+$/.test(typed)) return fail(ctx, "Enter a whole number of hours, like 48.");
  const n = Number(typed);
  return n >= 1 && n <= MAX_HOURS ? n : fail(ctx, `Between 1 and ${MAX_HOURS.toLocaleString("en-US")} hours.`);
}

const optionalMoney = z.string().trim().transform(centsOf);
const money = (label: string) =>
  z
    .string()
    .trim()
    .transform((t, ctx) => centsOf(t, ctx) ?? fail(ctx, `Enter the ${label} in dollars, like 200 or 199.99.`));
const optionalHours = z.string().trim().transform(hoursOf);
const hours = (label: string) =>
  z
    .string()
    .trim()
    .transform((t, ctx) => hoursOf(t, ctx) ?? fail(ctx, `Enter the ${label} in hours.`));

const MANAGER_ABOVE_OWNER = "The manager's limit cannot be above the owner's: lower it, or raise the owner's.";

export const orgApprovalSchema = z
  .object({
    managerLimit: money("manager's limit"),
    ownerLimit: money("owner's limit"),
    reminderHours: hours("reminder time"),
    escalateHours: hours("escalation time"),
  })
  .superRefine((v, ctx) => {
    if (v.managerLimit > v.ownerLimit)
      ctx.addIssue({ code: "custom", path: ["managerLimit"], message: MANAGER_ABOVE_OWNER });
    // The second contact is asked after the reminder went out, not before it.
    if (v.escalateHours <= v.reminderHours)
      ctx.addIssue({
        code: "custom",
        path: ["escalateHours"],
        message: "Escalate later than the reminder: more hours than the reminder's.",
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
