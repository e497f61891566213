// POST /api/uploads: the photo picker sends one file ahead of its form. Fields: key (the form's
// idempotency key), file, and propertySlug on the QR form. Answers { id, fileName } (201) or
// { error } worded to show next to the field.
import { AppError } from "@/lib/errors";
import { addressKey, rateLimit } from "@/lib/rate-limit";
import { clientAddress, crossSiteRefusal } from "@/lib/same-origin";
import { addDraftPhoto } from "@/lib/uploads/add-draft-photo";
import { tForRequest } from "@/lib/i18n/server";
import type { Msg } from "@/lib/i18n/translate";
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from "@/lib/uploads/rules";

// Uploads per address and hour. A whole building can share one address, so it stays loose; the
// count limit per form (10) is what bounds a single tenant, and anonymous drafts are also capped
// per property and hour (lib/uploads/drafts.ts). Every cap answers 429.
const PER_ADDRESS_HOURLY = 60;
// One file plus the multipart envelope and the small fields.
const MAX_BODY_BYTES = MAX_VIDEO_BYTES + 1024 * 1024;
const MB = 1024 * 1024;

// The answer is shown as it is, so it is in the reader's language.
const failFor =
  (req: Request) =>
  (status: number, ...errors: Msg[]) => {
    const t = tForRequest(req);
    return Response.json({ error: errors.map((e) => t(e)).join(" ") }, { status });
  };

export async function POST(req: Request) {
  const fail = failFor(req);
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  // Refuse an oversized body before reading it into memory.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return fail(413, { key: "upload.tooLarge", vars: { photo: MAX_IMAGE_BYTES / MB, video: MAX_VIDEO_BYTES / MB } });
  }
  const now = new Date();
  try {
    await rateLimit(`upload:ip:${addressKey(clientAddress(req))}`, PER_ADDRESS_HOURLY, 3600, now);
  } catch (err) {
    if (err instanceof AppError && err.code === "RATE_LIMITED") {
      return fail(429, "upload.rateLimited");
    }
    throw err;
  }
  const form = await req.formData().catch(() => null);
  if (!form) return fail(400, "upload.notWhole");
  try {
    const outcome = await addDraftPhoto(form, now);
    return outcome.status === 201
      ? Response.json(outcome.draft, { status: 201 })
      : fail(outcome.status, ...outcome.error);
  } catch (err) {
    const ref = Math.random().toString(36).slice(2, 10);
    console.error(`[error ${ref}] upload`, err);
    return fail(500, { key: "upload.ourSide", vars: { ref } });
  }
}
