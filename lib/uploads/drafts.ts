// Photos and videos that arrived with a form the server refused (a missing field, say) are kept as drafts tied
// to the form's idempotency key, so the tenant never has to pick them again; the accepted submit
// adopts them. The key is random and only in that tenant's page.
//
// Drafts are capped so that nobody can fill the disk through them: at most MAX_FILES per form key
// (what one request may hold anyway), and anonymous ones (the QR form) at most
// DRAFTS_PER_PROPERTY_HOURLY per property and hour. Unadopted drafts are purged after a day
// (lib/cron/purge.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Msg } from "@/lib/i18n/translate";
import { rateLimit } from "@/lib/rate-limit";
import type { ProcessedFile } from "@/lib/uploads/process-file";
import { MAX_FILES } from "@/lib/uploads/rules";
import { storage } from "@/lib/uploads/storage";

/** The form's idempotency key, as it may appear in a draft (also checked by the upload routes). */
export const DRAFT_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = DRAFT_KEY;
const SLUG = /^[a-z0-9-]{1,80}$/;

/** Anonymous drafts a property takes in an hour: a busy building's QR form, with room to spare. */
export const DRAFTS_PER_PROPERTY_HOURLY = 60;

/** Who sends the drafts: a signed-in person, or anyone on an existing property's QR form. */
export type DraftSender = { userId: string } | { propertyId: string };

export type SaveDraftsOutcome = { saved: { id: string; fileName: string }[] } | { refused: Msg };

/** The property whose QR form `slug` names, or null: only a real property's form may keep anonymous drafts. */
export async function qrFormProperty(slug: unknown): Promise<string | null> {
  if (typeof slug !== "string" || !SLUG.test(slug)) return null;
  return (await db().property.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

const draftCount = (key: string) => db().attachment.count({ where: { draftKey: key, workOrderId: null } });
const tooMany = (count: number): Msg => ({ key: "files.tooMany", vars: { max: MAX_FILES, count } });

/** Why `adding` more drafts cannot go on this form, or null: a cheap check before any file is read. */
export async function draftRoom(key: string, adding: number): Promise<Msg | null> {
  const kept = await draftCount(key);
  return kept + adding > MAX_FILES ? tooMany(kept + adding) : null;
}

/**
 * Stores the photos as drafts of the form, stamped with `now`; returns the rows made (the upload
 * route answers with them), or why none was kept. Over a cap nothing stays: no row, no file.
 */
export async function saveDrafts({
  key,
  photos,
  by,
  now,
}: {
  key: string;
  photos: ProcessedFile[];
  by: DraftSender;
  now: Date;
}): Promise<SaveDraftsOutcome> {
  if (!KEY.test(key) || photos.length === 0) return { saved: [] };
  const full = await draftRoom(key, photos.length);
  if (full) return { refused: full };
  if ("propertyId" in by) {
    try {
      // One hit per file, all or none in one statement: the cap counts drafts, not requests.
      await rateLimit(`drafts:property:${by.propertyId}`, DRAFTS_PER_PROPERTY_HOURLY, 3600, now, photos.length);
    } catch (err) {
      if (err instanceof AppError && err.code === "RATE_LIMITED") return { refused: "upload.propertyBusy" };
      throw err;
    }
  }
  const store = storage();
  const stored: { p: ProcessedFile; storageKey: string }[] = [];
  const forget = () =>
    Promise.all(
      stored.map((s) =>
        store.remove(s.storageKey).catch((err: unknown) => console.error("[drafts] stored bytes kept:", err)),
      ),
    );
  try {
    // Files are stored outside the transaction: an upload to UploadThing may take a while, and a
    // transaction holds the whole embedded database.
    for (const p of photos) stored.push({ p, storageKey: await store.put(p.bytes, p.fileName, p.contentType) });
    const uploadedById = "userId" in by ? by.userId : undefined;
    const saved = await db().$transaction(async (tx) => {
      // The count and the rows under one lock on the form's key: parallel uploads for one form
      // cannot pass the cap together (the check above only spared reading files for nothing).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7431, hashtext(${key}))`;
      const kept = await tx.attachment.count({ where: { draftKey: key, workOrderId: null } });
      if (kept + stored.length > MAX_FILES) return tooMany(kept + stored.length);
      const rows: { id: string; fileName: string }[] = [];
      for (const { p, storageKey } of stored) {
        rows.push(
          await tx.attachment.create({
            data: {
              draftKey: key,
              kind: p.kind,
              storageKey,
              fileName: p.fileName,
              contentType: p.contentType,
              sizeBytes: p.bytes.length,
              width: p.width,
              height: p.height,
              uploadedById,
              createdAt: now,
            },
            select: { id: true, fileName: true },
          }),
        );
      }
      return rows;
    });
    if (Array.isArray(saved)) return { saved };
    await forget();
    return { refused: saved };
  } catch (err) {
    await forget();
    throw err;
  }
}

export async function listDrafts(key: string): Promise<{ id: string; fileName: string }[]> {
  if (!KEY.test(key)) return [];
  return db().attachment.findMany({
    where: { draftKey: key, workOrderId: null },
    select: { id: true, fileName: true },
    orderBy: { createdAt: "asc" },
  });
}
