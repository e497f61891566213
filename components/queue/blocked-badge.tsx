import type { HoldReason } from "@/lib/db/generated/enums";
import { getT } from "@/lib/i18n/server";
import { formatAge } from "@/lib/time";
import { holdKey } from "./labels";
import { holdNoteMsg } from "@/lib/approvals/system-notes";

/** On hold keeps its status (DESIGN.md §2); the queue shows it as blocked, with why (and, for an owner's answer, how long it has waited). */
export async function BlockedBadge({
  reason,
  note,
  since,
  now,
}: {
  reason: HoldReason | null;
  note: string | null;
  since?: Date | null;
  now: Date;
}) {
  if (!reason) return null;
  const { t } = await getT();
  return (
    <span className="mt-1 block max-w-[14rem] rounded bg-orange-100 px-1.5 py-0.5 text-xs text-orange-900">
      <strong>{t("queue.blocked")}</strong>: {t(holdKey(reason))}
      {since ? (
        <>
          , <strong>{t("queue.waiting", { age: formatAge(since, now, t) })}</strong>
        </>
      ) : null}
      {note ? ` (${t(holdNoteMsg(note))})` : ""}
    </span>
  );
}
