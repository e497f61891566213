// Photos and videos that arrived with a form the server refused (a missing field, say) are kept as drafts tied
// to the form's idempotency key, so the tenant never has to pick them again; the accepted submit
// adopts them. The key is random and only in that tenant's page.
import "server-only";
import { db } from "@/lib/db/client";
import type { ProcessedFile } from "./process-file";
import { storage } from "./storage";

const KEY = /^[A-Za-z0-9_-]{16,64}$/;

export async function saveDrafts(key: string, photos: ProcessedFile[], uploadedById?: string) {
  if (!KEY.test(key) || photos.length === 0) return;
  const store = storage();
  for (const p of photos) {
    const storageKey = await store.put(p.bytes, p.fileName, p.contentType);
    await db().attachment.create({
      data: { draftKey: key, kind: p.kind, storageKey, fileName: p.fileName, contentType: p.contentType, sizeBytes: p.bytes.length, width: p.width, height: p.height, uploadedById },
    });
  }
}

export async function listDrafts(key: string): Promise<{ id: string; fileName: string }[]> {
  if (!KEY.test(key)) return [];
  return db().attachment.findMany({ where: { draftKey: key, workOrderId: null }, select: { id: true, fileName: true }, orderBy: { createdAt: "asc" } });
}
