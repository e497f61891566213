// One photo sent ahead of its form (the JavaScript photo picker): the same checks as a photo posted
// with the form, then kept as a draft on the form's key until the accepted submit adopts it.
import "server-only";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DRAFT_KEY, draftRoom, listDrafts, qrFormProperty, saveDrafts, type DraftSender } from "@/lib/uploads/drafts";
import { readPhotos } from "@/lib/uploads/from-form";
import { checkFiles } from "@/lib/uploads/rules";
import { sniff } from "@/lib/uploads/process-file";
import type { Msg } from "@/lib/i18n/translate";

export type UploadOutcome =
  { status: 201; draft: { id: string; fileName: string } } | { status: 400 | 403 | 413 | 429; error: Msg[] };

/**
 * Who may add a draft: a signed-in person allowed to report a problem, or anyone on the QR form of
 * an existing property (that form takes reports without an account, so a session is not needed;
 * its drafts count against that property's hourly cap).
 */
async function uploader(propertySlug: FormDataEntryValue | null): Promise<DraftSender | null> {
  const actor = await currentActor();
  if (actor && can(actor, "request:create")) return { userId: actor.userId };
  const propertyId = await qrFormProperty(propertySlug);
  return propertyId ? { propertyId } : null;
}

export async function addDraftPhoto(form: FormData, now: Date): Promise<UploadOutcome> {
  const key = form.get("key");
  if (typeof key !== "string" || !DRAFT_KEY.test(key)) return { status: 400, error: ["upload.outOfDate"] };
  const files = form.getAll("file");
  const file = files[0];
  if (files.length !== 1 || typeof file === "string") return { status: 400, error: ["upload.oneFile"] };
  const caller = await uploader(form.get("propertySlug"));
  if (!caller) return { status: 403, error: ["upload.signIn"] };
  // Drafts on a key already used would never be adopted.
  if (await db().workOrder.findUnique({ where: { idempotencyKey: key }, select: { id: true } })) {
    return { status: 400, error: ["upload.alreadySent"] };
  }
  // A full form is refused before its file is read (a cap, so 429 like the others).
  const full = await draftRoom(key, 1);
  if (full) return { status: 429, error: [full] };
  // Size (and emptiness, which readPhotos skips silently) of this one file: a size refusal is a 413.
  // The limit depends on what the bytes say it is (a video may be larger than a photo).
  const type = await sniff(new Uint8Array(await file.slice(0, 4100).arrayBuffer()));
  const own = checkFiles([{ name: file.name, size: file.size, type }]);
  if (own.length) return { status: file.size > 0 ? 413 : 400, error: own };
  const { photos, errors } = await readPhotos(form, (await listDrafts(key)).length, "file");
  if (errors.length || photos.length === 0) return { status: 400, error: errors.length ? errors : ["upload.failed"] };
  const outcome = await saveDrafts({ key, photos, by: caller, now });
  if ("refused" in outcome) return { status: 429, error: [outcome.refused] };
  return { status: 201, draft: outcome.saved[0] };
}
