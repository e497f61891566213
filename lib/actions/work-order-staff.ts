"use server";
// The manager's actions that keep the status: who (work-order:manage), the fields, the use case,
// and a fresh page whose banner says what happened.
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { formAction, staff, tapAction } from "@/lib/actions/define";
import { acknowledgeWorkOrder } from "@/lib/work-orders/acknowledge";
import { addInternalNote } from "@/lib/work-orders/add-internal-note";
import { changePriority } from "@/lib/work-orders/change-priority";
import { placeHold } from "@/lib/work-orders/place-hold";
import { releaseHold } from "@/lib/work-orders/release-hold";
import { replyToTenant } from "@/lib/work-orders/reply-to-tenant";
import { revealAccessCode } from "@/lib/work-orders/reveal-access-code";
import { resendJobLink } from "@/lib/vendors/resend-job-link";
import { setResponsible } from "@/lib/work-orders/set-responsible";
import { reasonSchema, SEVERITIES, versionSchema } from "@/lib/work-orders/schemas";

const HOLDS = ["WAITING_FOR_PARTS", "WAITING_FOR_OWNER_APPROVAL", "NO_ACCESS", "TENANT_UNREACHABLE", "OTHER"] as const;
const head = { trackingNumber: versionSchema, version: versionSchema };
const text = z.string().default("");

type Done = "ACK" | "PRIORITY" | "HOLD" | "RELEASE" | "REPLY" | "NOTE" | "LINK" | "RESPONSIBLE";
type Step<F> = F & { actor: Actor; trackingNumber: number; version: number; now: Date };

/** A manager's step on one work order, answered with the work order's page and a banner. */
function managerAction<S extends z.ZodRawShape>(
  done: Done,
  fields: S,
  act: (a: Step<z.infer<z.ZodObject<S>>>) => Promise<unknown>,
) {
  return formAction({
    who: staff("work-order:manage"),
    input: z.object({ ...head, ...fields }),
    run: async ({ caller, input, now }) => {
      const step = input as Step<z.infer<z.ZodObject<S>>>;
      await act({ ...step, actor: caller, now });
      return { revalidate: ["/dashboard"], redirect: `/dashboard/work-orders/${step.trackingNumber}?done=${done}` };
    },
  });
}

export const acknowledgeAction = managerAction("ACK", {}, (a) => acknowledgeWorkOrder(a));

export const changePriorityAction = managerAction(
  "PRIORITY",
  { priority: z.enum(SEVERITIES, "v.priority"), reason: reasonSchema },
  (a) => changePriority(a),
);

export const placeHoldAction = managerAction(
  "HOLD",
  { holdReason: z.enum(HOLDS, "v.holdReason"), holdNote: text },
  (a) => placeHold({ ...a, reason: a.holdReason, note: a.holdNote }),
);

export const releaseHoldAction = managerAction("RELEASE", {}, (a) => releaseHold(a));

export const replyAction = managerAction("REPLY", { body: text }, (a) => replyToTenant(a));

export const noteAction = managerAction("NOTE", { note: text }, (a) => addInternalNote({ ...a, body: a.note }));

/** Who answers for the work (issue 18); "" clears it: no one responsible. */
export const setResponsibleAction = managerAction(
  "RESPONSIBLE",
  { responsibleId: z.string().trim().max(64).default("") },
  (a) => setResponsible({ ...a, responsibleId: a.responsibleId || null }),
);

/** The vendor's job link again (a new one; the old dies). */
export const resendJobLinkAction = managerAction("LINK", {}, (a) => resendJobLink(a));

/** One tap on "Show code": the code goes back to this manager only, and the tenant is told. */
export const revealCodeAction = tapAction({
  who: staff("work-order:manage"),
  input: z.object({ trackingNumber: versionSchema, which: z.enum(["gate", "lockbox"]) }),
  run: async ({ caller, input, now }) => ({
    result: { code: await revealAccessCode({ actor: caller, ...input, now }) },
    revalidate: [`/dashboard/work-orders/${input.trackingNumber}`],
  }),
});
