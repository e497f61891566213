// One photo sent ahead of its form (the JavaScript photo picker): the same checks as a photo posted
// with the form, then kept as a draft on the form's key until the accepted submit adopts it.
import "server-only";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DRAFT_KEY, listDrafts, saveDrafts } from "./drafts";
import { readPhotos } from "./from-form";
import { checkFiles } from "./rules";

export type UploadOutcome = { status: 201; draft: { id: string; fileName: string } } | { status: 400 | 403 | 413; error: string };

const SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * Who may add a draft: a signed-in person allowed to report a problem, or anyone on the QR form of
 * an existing property (that form takes reports without an account, so a session is not needed).
 */
async function uploader(propertySlug: FormDataEntryValue | null): Promise<{ userId?: string } | null> {
  const actor = await currentActor();
  if (actor && can(actor, "request:create")) return { userId: actor.userId };
  if (typeof propertySlug !== "string" || !SLUG.test(propertySlug)) return null;
  const property = await db().property.findUnique({ where: { slug: propertySlug }, select: { id: true } });
  return property ? {} : null;
}

export async function addDraftPhoto(form: FormData): Promise<UploadOutcome> {
  const key = form.get("key");
  if (typeof key !== "string" || !DRAFT_KEY.test(key)) return { status: 400, error: "This form is out of date. Reload the page and attach the photo again." };
  const files = form.getAll("file");
  const file = files[0];
  if (files.length !== 1 || typeof file === "string") return { status: 400, error: "Choose one photo to attach." };
  const caller = await uploader(form.get("propertySlug"));
  if (!caller) return { status: 403, error: "Sign in again, or open the form from your building's QR code, to attach photos." };
  // Drafts on a key already used would never be adopted.
  if (await db().workOrder.findUnique({ where: { idempotencyKey: key }, select: { id: true } })) {
    return { status: 400, error: "This form was already sent. Reload the page to report another problem." };
  }
  // Size (and emptiness, which readPhotos skips silently) of this one file: a size refusal is a 413.
  const own = checkFiles([{ name: file.name, size: file.size }]);
  if (own.length) return { status: file.size > 0 ? 413 : 400, error: own.join(" ") };
  const { photos, errors } = await readPhotos(form, (await listDrafts(key)).length, "file");
  if (errors.length || photos.length === 0) return { status: 400, error: errors.join(" ") || "This file could not be attached." };
  const [draft] = await saveDrafts(key, photos, caller.userId);
  return { status: 201, draft };
}
