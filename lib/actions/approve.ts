"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { decideByLink } from "@/lib/approvals/decide-by-link";
import { sha256 } from "@/lib/crypto";
import { toActionState, type ActionState } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { requestTime } from "@/lib/actions/request-time";

const form = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  decision: z.enum(["APPROVED", "DECLINED"]),
  comment: z.string().max(2000).optional(),
  estimateId: z.string().min(1).max(40).optional(),
});

/**
 * The owner's answer. The link is the credential (no session); the estimate decided comes from the
 * link, never the form: the form's estimateId (the one the page showed) must match it or nothing happens.
 */
export async function decideAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = form.safeParse({
    token: formData.get("token"),
    decision: formData.get("decision"),
    comment: formData.get("comment") ?? undefined,
    estimateId: formData.get("estimateId") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: "approval.missing" };
  const now = requestTime();
  try {
    await rateLimit(`approval:${sha256(parsed.data.token).slice(0, 32)}`, 20, 3600, now);
    await decideByLink({ ...parsed.data, now });
  } catch (err) {
    const state = toActionState(err);
    if (
      state.message === "approval.used" ||
      state.message === "approval.superseded" ||
      state.message === "approval.expired"
    )
      redirect(`/approve/${parsed.data.token}`);
    return state;
  }
  redirect(`/approve/${parsed.data.token}?done=${parsed.data.decision}`);
}
