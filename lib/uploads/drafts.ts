// Photos and videos that arrived with a form the server refused (a missing field, say) are kept as drafts tied
// to the form's idempotency key, so the tenant never has to pick them again; the accepted submit
// adopts them. The key is random and only in that tenant's page.
import "server-only";
import { db } from "@/lib/db/client";
import type { ProcessedFile } from "./process-file";
import { storage } from "./storage";

/** The form's idempotency key, as it may appear in a draft (also checked by the upload routes). */
export const DRAFT_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = DRAFT_KEY;

/** Stores the photos as drafts of the form; returns the rows made (the upload route answers with them). */
export async function saveDrafts(key: string, photos: ProcessedFile[], uploadedById?: string): Promise<{ id: string; fileName: string }[]> {
  if (!KEY.test(key) || photos.length === 0) return [];
  const store = storage();
  const saved: { id: string; fileName: string }[] = [];
  for (const p of photos) {
    const storageKey = await store.put(p.bytes, p.fileName, p.contentType);
    const row = await db().attachment.create({
      data: { draftKey: key, kind: p.kind, storageKey, fileName: p.fileName, contentType: p.contentType, sizeBytes: p.bytes.length, width: p.width, height: p.height, uploadedById },
    });
    saved.push({ id: row.id, fileName: row.fileName });
  }
  return saved;
}

export async function listDrafts(key: string): Promise<{ id: string; fileName: string }[]> {
  if (!KEY.test(key)) return [];
  return db().attachment.findMany({ where: { draftKey: key, workOrderId: null }, select: { id: true, fileName: true }, orderBy: { createdAt: "asc" } });
}
