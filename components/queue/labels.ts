// The queue's words are message keys (lib/i18n/messages/staff-en.ts); these name them, and the type
// checks that each one exists in the dictionary.
import type { HoldReason, Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { QueueSort, SavedView } from "@/lib/work-orders/queue-filter";
import { COUNT_CAP } from "@/lib/work-orders/queue-types";

export const statusKey = (s: WorkOrderStatus): MessageKey => `status.${s}`;
export const priorityKey = (p: Priority): MessageKey => `priority.${p}`;
export const holdKey = (r: HoldReason): MessageKey => `queue.hold.${r}`;
export const savedViewKey = (v: SavedView): MessageKey => `queue.saved.${v}`;
export const sortKey = (s: QueueSort): MessageKey => `queue.sort.${s}`;

/** A capped count (COUNT_CAP + 1 means more) as the reader writes numbers: "12", "1,000+". */
export function countText(n: number, locale: string): string {
  const fmt = (v: number) => v.toLocaleString(locale === "es" ? "es-US" : "en-US");
  return n > COUNT_CAP ? `${fmt(COUNT_CAP)}+` : fmt(n);
}

/** The queue's words for who answers for a request (issue 18). */
export const NO_ONE_RESPONSIBLE: MessageKey = "queue.noOneResponsible";
