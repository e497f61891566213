// POST /api/uploads: the photo picker sends one file ahead of its form. Fields: key (the form's
// idempotency key), file, and propertySlug on the QR form. Answers { id, fileName } (201) or
// { error } worded to show next to the field.
import { AppError } from "@/lib/errors";
import { rateLimit } from "@/lib/rate-limit";
import { clientAddress, crossSiteRefusal } from "@/lib/same-origin";
import { addDraftPhoto } from "@/lib/uploads/add-draft-photo";
import { MAX_FILE_BYTES } from "@/lib/uploads/rules";

// Uploads per address and hour. A whole building can share one address, so it stays loose; the
// count limit per form (10) is what bounds a single tenant.
const PER_ADDRESS_HOURLY = 60;
// One file plus the multipart envelope and the small fields.
const MAX_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024;

const fail = (status: number, error: string) => Response.json({ error }, { status });

export async function POST(req: Request) {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  // Refuse an oversized body before reading it into memory.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return fail(413, `This file is too large: each photo can be up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  try {
    await rateLimit(`upload:ip:${clientAddress(req)}`, PER_ADDRESS_HOURLY, 3600);
  } catch (err) {
    if (err instanceof AppError && err.code === "RATE_LIMITED") {
      return fail(429, "Too many photos were sent from your connection in the last hour. Wait a while and try again.");
    }
    throw err;
  }
  const form = await req.formData().catch(() => null);
  if (!form) return fail(400, "The photo did not arrive whole. Try again.");
  try {
    const outcome = await addDraftPhoto(form);
    return outcome.status === 201 ? Response.json(outcome.draft, { status: 201 }) : fail(outcome.status, outcome.error);
  } catch (err) {
    const ref = Math.random().toString(36).slice(2, 10);
    console.error(`[error ${ref}] upload`, err);
    return fail(500, `Something went wrong on our side (reference ${ref}). Try again.`);
  }
}
