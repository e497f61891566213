// The picker's Remove button: a draft goes (its row and its bytes) only
// for the form that made it (same key) and only while no work order has adopted it.
import "server-only";
import { db } from "@/lib/db/client";
import { DRAFT_KEY } from "@/lib/uploads/drafts";
import { storage } from "@/lib/uploads/storage";

export async function removeDraft(id: string, key: string): Promise<boolean> {
  if (!DRAFT_KEY.test(key)) return false;
  const where = { id, draftKey: key, workOrderId: null };
  const draft = await db().attachment.findFirst({ where, select: { storageKey: true } });
  if (!draft) return false;
  // Conditional delete: if the form was accepted in between, the adopted photo stays (0 rows).
  const { count } = await db().attachment.deleteMany({ where });
  if (count === 0) return false;
  const store = storage();
  // The row is gone, so the photo is detached either way; a failed byte delete only leaves litter.
  await store.remove(draft.storageKey).catch((err: unknown) => console.error("[remove-draft] stored bytes kept:", err));
  return true;
}
