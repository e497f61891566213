"use server";
// The manager's actions that keep the status: thin (parse, use case, fresh page).

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { acknowledgeWorkOrder } from "@/lib/work-orders/acknowledge";
import { addInternalNote } from "@/lib/work-orders/add-internal-note";
import { changePriority } from "@/lib/work-orders/change-priority";
import { placeHold } from "@/lib/work-orders/place-hold";
import { releaseHold } from "@/lib/work-orders/release-hold";
import { replyToTenant } from "@/lib/work-orders/reply-to-tenant";
import { revealAccessCode } from "@/lib/work-orders/reveal-access-code";
import { resendJobLink } from "@/lib/vendors/resend-job-link";
import { reasonSchema, SEVERITIES, versionSchema } from "@/lib/work-orders/schemas";
import { requestTime } from "@/lib/actions/request-time";

const head = z.object({ trackingNumber: versionSchema, version: versionSchema });
const HOLDS = ["WAITING_FOR_PARTS", "WAITING_FOR_OWNER_APPROVAL", "NO_ACCESS", "TENANT_UNREACHABLE", "OTHER"] as const;
const text = (fd: FormData, k: string) => String(fd.get(k) ?? "");
/** What the manager typed, sent back with a refusal so the form keeps it. */
const typed = (fd: FormData) =>
  Object.fromEntries(
    [...fd.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")) as [string, string][],
  );

type Done = "ACK" | "PRIORITY" | "HOLD" | "RELEASE" | "REPLY" | "NOTE" | "LINK";

/** Parse the work order and its version, run the use case, then show a fresh page with a banner. */
async function run(
  formData: FormData,
  done: Done,
  act: (args: {
    actor: Awaited<ReturnType<typeof requireActor>>;
    trackingNumber: number;
    version: number;
    now: Date;
  }) => Promise<unknown>,
): Promise<ActionState> {
  const h = head.safeParse({ trackingNumber: formData.get("trackingNumber"), version: formData.get("version") });
  if (!h.success) return { ok: false, message: "common.outOfDate" };
  try {
    const actor = await requireActor("work-order:manage");
    await act({ actor, ...h.data, now: requestTime() });
  } catch (err) {
    return { ...toActionState(err), values: typed(formData) };
  }
  revalidatePath("/dashboard");
  redirect(`/dashboard/work-orders/${h.data.trackingNumber}?done=${done}`);
}

export async function acknowledgeAction(_prev: ActionState, formData: FormData) {
  return run(formData, "ACK", (a) => acknowledgeWorkOrder(a));
}

export async function changePriorityAction(_prev: ActionState, formData: FormData) {
  const priority = z.enum(SEVERITIES).safeParse(formData.get("priority"));
  const reason = reasonSchema.safeParse(text(formData, "reason"));
  if (!priority.success || !reason.success) {
    return {
      ok: false,
      message: "common.checkField",
      values: typed(formData),
      fieldErrors: {
        priority: priority.success ? undefined : ["Choose a priority."],
        reason: reason.success ? undefined : reason.error.issues.map((i) => i.message),
      },
    };
  }
  return run(formData, "PRIORITY", (a) => changePriority({ ...a, priority: priority.data, reason: reason.data }));
}

export async function placeHoldAction(_prev: ActionState, formData: FormData) {
  const reason = z.enum(HOLDS).safeParse(formData.get("holdReason"));
  if (!reason.success)
    return {
      ok: false,
      message: "common.checkField",
      values: typed(formData),
      fieldErrors: { holdReason: ["Choose why the work is on hold."] },
    };
  return run(formData, "HOLD", (a) => placeHold({ ...a, reason: reason.data, note: text(formData, "holdNote") }));
}

export async function releaseHoldAction(_prev: ActionState, formData: FormData) {
  return run(formData, "RELEASE", (a) => releaseHold(a));
}

export async function replyAction(_prev: ActionState, formData: FormData) {
  return run(formData, "REPLY", (a) => replyToTenant({ ...a, body: text(formData, "body") }));
}

export async function noteAction(_prev: ActionState, formData: FormData) {
  return run(formData, "NOTE", (a) => addInternalNote({ ...a, body: text(formData, "note") }));
}

/** One tap on "Show code": the code goes back to this manager only, and the tenant is told. */
export async function revealCodeAction(
  trackingNumber: number,
  which: string,
): Promise<{ code?: string; error?: string }> {
  if (!Number.isSafeInteger(trackingNumber) || (which !== "gate" && which !== "lockbox"))
    return { error: "That code cannot be shown." };
  try {
    const actor = await requireActor("work-order:manage");
    const code = await revealAccessCode({ actor, trackingNumber, which, now: requestTime() });
    revalidatePath(`/dashboard/work-orders/${trackingNumber}`);
    return { code };
  } catch (err) {
    const state = toActionState(err);
    return { error: typeof state.message === "string" ? state.message : "err.NOT_FOUND" };
  }
}

/** The vendor's job link again (a new one; the old dies). */
export async function resendJobLinkAction(_prev: ActionState, formData: FormData) {
  return run(formData, "LINK", ({ actor, trackingNumber }) =>
    resendJobLink({ actor, trackingNumber, now: requestTime() }),
  );
}
