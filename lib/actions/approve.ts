"use server";
// The owner's answer to an estimate. Who: the holder of the emailed link (no session; the link is the
// credential), rate-limited per link before anything else is read. The estimate decided comes from
// the link, never the form: the form's estimateId (the one the page showed) must match it or nothing
// happens.
import { z } from "zod";
import { decideByLink } from "@/lib/approvals/decide-by-link";
import { sha256 } from "@/lib/crypto";
import { AppError } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { formAction, type Gate } from "@/lib/actions/define";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The owner's link from the form: its token, well-formed, within 20 tries an hour. */
const ownerLink: Gate<{ token: string }> = async (formData, now) => {
  const token = String(formData.get("token") ?? "");
  if (!TOKEN.test(token)) throw new AppError("FORBIDDEN", "approval.missing");
  await rateLimit(`approval:${sha256(token).slice(0, 32)}`, 20, 3600, now);
  return { token };
};

// A link that stopped working meanwhile: its page says so.
const GONE = new Set(["approval.used", "approval.superseded", "approval.expired"]);

export const decideAction = formAction({
  who: ownerLink,
  input: z.object({
    decision: z.enum(["APPROVED", "DECLINED"]),
    comment: z.string().max(2000, "v.commentLong").optional(),
    estimateId: z.string().min(1).max(40).optional(),
  }),
  run: async ({ caller: { token }, input, now }) => {
    try {
      await decideByLink({ ...input, token, now });
    } catch (err) {
      if (err instanceof AppError && GONE.has(err.message)) return { redirect: `/approve/${token}` };
      throw err;
    }
    return { redirect: `/approve/${token}?done=${input.decision}` };
  },
});
