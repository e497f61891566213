"use server";
// A vendor sends a paper from their emailed upload link. Who: the holder of the link (no session;
// the link is the credential and names the vendor, never the form), rate-limited per link before
// anything else is read. The file is opened by the use case, once the link is known.
import { z } from "zod";
import { sha256 } from "@/lib/crypto";
import { AppError } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { formAction, type Gate } from "@/lib/actions/define";
import { paperUpload } from "@/lib/vendors/compliance-form";
import { LINK_STATE_MESSAGE, uploadVendorDocument } from "@/lib/vendors/compliance-upload";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The vendor's papers link from the form: its token, well-formed, within 30 tries an hour. */
const papersLink: Gate<{ token: string }> = async (formData, now) => {
  const token = String(formData.get("token") ?? "");
  if (!TOKEN.test(token)) throw new AppError("FORBIDDEN", LINK_STATE_MESSAGE.missing);
  await rateLimit(`papers:${sha256(token).slice(0, 32)}`, 30, 3600, now);
  return { token };
};

export const uploadPapersAction = formAction({
  who: papersLink,
  input: z.object({}),
  run: async ({ caller: { token }, formData, now }) => {
    const { input } = paperUpload(formData);
    try {
      await uploadVendorDocument({ by: { token }, input, now });
    } catch (err) {
      // A link that stopped working meanwhile: the page itself says so, kindly.
      if (err instanceof AppError && err.code === "NOT_FOUND") return { redirect: `/v/papers/${token}` };
      throw err;
    }
    return { redirect: `/v/papers/${token}?sent=${input.kind === "LICENCE" ? "LICENCE" : "INSURANCE"}` };
  },
});
