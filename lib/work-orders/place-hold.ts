// On hold without leaving the status (DESIGN.md §2): waiting for parts, for the owner, no access,
// tenant unreachable. The queue shows it as blocked; the tenant sees why, in plain words.
import "server-only";
import type { HoldReason } from "@/lib/db/generated/enums";
import { AppError, invalidField } from "@/lib/errors";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";
import { ACTIVE_STATUSES, isStatusIn } from "@/lib/work-orders/transitions";

export const HOLD_REASONS: Record<HoldReason, string> = {
  WAITING_FOR_PARTS: "Waiting for parts",
  WAITING_FOR_OWNER_APPROVAL: "Waiting for the owner's approval",
  NO_ACCESS: "No access to the unit",
  TENANT_UNREACHABLE: "Tenant unreachable",
  OTHER: "Other",
};

export async function placeHold({ reason, note, ...args }: StaffArgs & { reason: HoldReason; note: string }) {
  const text = note.trim();
  if (!(reason in HOLD_REASONS)) throw invalidField("holdReason", "err.holdReason");
  if (reason === "OTHER" && text.length < 3) throw invalidField("holdNote", "err.holdNote");
  if (text.length > 500) throw invalidField("holdNote", "err.holdNoteLong");
  return staffChange(args, (wo) => {
    if (!isStatusIn(ACTIVE_STATUSES, wo.status)) throw new AppError("TRANSITION_NOT_ALLOWED", "err.holdOpenOnly");
    if (wo.holdReason) throw new AppError("TRANSITION_NOT_ALLOWED", "err.alreadyOnHold");
    return {
      data: { holdReason: reason, holdNote: text || null },
      event: { type: "HOLD_PLACED", details: { reason }, visibility: "PUBLIC" },
    };
  });
}
