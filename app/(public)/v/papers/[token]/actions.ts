"use server";

import { redirect } from "next/navigation";
import { sha256 } from "@/lib/crypto";
import { AppError, toActionState, type ActionState } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { paperUpload } from "@/lib/vendors/compliance-form";
import { LINK_STATE_MESSAGE, uploadVendorDocument } from "@/lib/vendors/compliance-upload";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A vendor sends a paper. The link is the credential (no session): the vendor comes from the link, never the form. */
export async function uploadPapersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const token = String(formData.get("token") ?? "");
  const { input, values } = paperUpload(formData);
  if (!TOKEN.test(token)) return { ok: false, message: LINK_STATE_MESSAGE.missing, values };
  try {
    await rateLimit(`papers:${sha256(token).slice(0, 32)}`, 30, 3600, new Date());
    await uploadVendorDocument({ by: { token }, input, now: new Date() });
  } catch (err) {
    // A link that stopped working meanwhile: the page itself says so, kindly.
    if (err instanceof AppError && err.code === "NOT_FOUND") redirect(`/v/papers/${token}`);
    return { ...toActionState(err), values };
  }
  redirect(`/v/papers/${token}?sent=${input.kind === "LICENCE" ? "LICENCE" : "INSURANCE"}`);
}
