import type { HoldReason } from "@/lib/db/generated/enums";
import { HOLD_TEXT } from "./labels";

/** On hold keeps its status (DESIGN.md §2); the queue shows it as blocked, with why. */
export function BlockedBadge({ reason, note }: { reason: HoldReason | null; note: string | null }) {
  if (!reason) return null;
  return (
    <span className="mt-1 block max-w-[14rem] rounded bg-orange-100 px-1.5 py-0.5 text-xs text-orange-900">
      <strong>Blocked</strong>: {HOLD_TEXT[reason]}{note ? ` (${note})` : ""}
    </span>
  );
}
