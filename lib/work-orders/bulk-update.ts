// Bulk actions from the queue: the same use cases a single work order goes through, one item at a
// time, each in its own transaction with the version its row was read at. Partial success is the
// point: a stale or finished row is skipped and named, the others go through.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { Priority } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { T } from "@/lib/i18n/translate";
import { changePriority } from "@/lib/work-orders/change-priority";
import { changeStatus } from "@/lib/work-orders/change-status";
import { setResponsible } from "@/lib/work-orders/set-responsible";

export const BULK_MAX = 100;

export type BulkItem = { trackingNumber: number; version: number };
export type BulkOp =
  | { kind: "assign"; vendorId: string; reason?: string }
  | { kind: "reprioritise"; priority: Priority; reason: string }
  | { kind: "close" }
  | { kind: "responsible"; responsibleId: string | null };
export type BulkResult = { updated: number[]; skipped: { trackingNumber: number; why: MessageKey }[] };

// The use cases' messages are written for one request; a row of the summary says why in a few words.
function why(err: unknown): MessageKey {
  if (!(err instanceof AppError)) throw err;
  switch (err.code) {
    case "STALE_VERSION":
      return "bulk.why.stale";
    case "NOT_FOUND":
      return "bulk.why.notFound";
    case "TRANSITION_NOT_ALLOWED":
    case "CALLBACK_WINDOW_PASSED":
      return "bulk.why.status";
    case "INVALID_INPUT": {
      const first = Object.values(err.fieldErrors ?? {}).flat()[0];
      if (first === "v.reason") return "bulk.why.reason";
      if (first === "err.responsibleOutOfScope") return "bulk.why.outOfScope";
      if (first === "err.responsibleUnchanged") return "bulk.why.unchanged";
      return "bulk.why.notAccepted";
    }
    default:
      return "bulk.why.notAllowed";
  }
}

export async function bulkUpdate({
  actor,
  items,
  op,
  now,
}: {
  actor: Actor;
  items: BulkItem[];
  op: BulkOp;
  now: Date;
}): Promise<BulkResult> {
  if (!can(actor, "work-order:manage")) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  if (items.length === 0) throw new AppError("INVALID_INPUT", "err.bulkNone");
  if (items.length > BULK_MAX) throw new AppError("INVALID_INPUT", "err.bulkTooMany", undefined, { max: BULK_MAX });
  const result: BulkResult = { updated: [], skipped: [] };
  for (const { trackingNumber, version } of items) {
    try {
      if (op.kind === "reprioritise")
        await changePriority({ actor, trackingNumber, version, priority: op.priority, reason: op.reason, now });
      else if (op.kind === "assign")
        await changeStatus({
          actor,
          trackingNumber,
          version,
          change: { to: "ASSIGNED", vendorId: op.vendorId, reason: op.reason },
          now,
        });
      else if (op.kind === "responsible")
        await setResponsible({ actor, trackingNumber, version, responsibleId: op.responsibleId, now });
      else await changeStatus({ actor, trackingNumber, version, change: { to: "CLOSED" }, now });
      result.updated.push(trackingNumber);
    } catch (err) {
      result.skipped.push({ trackingNumber, why: why(err) });
    }
  }
  return result;
}

/** "3 updated, 1 skipped: #1234 changed since you opened it.", in t's language. */
export function bulkSummary({ updated, skipped }: BulkResult, t: T): string {
  if (!skipped.length) return t("bulk.updated", { n: updated.length });
  const list = skipped.map((s) => t("bulk.skippedRow", { n: String(s.trackingNumber), why: s.why })).join("; ");
  return t("bulk.updatedSkipped", { n: updated.length, skipped: skipped.length, list });
}
