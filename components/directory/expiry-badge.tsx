import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { expiryBadge } from "@/lib/work-orders/vendor-compliance";

const TONE = {
  bad: "bg-red-100 text-red-900",
  warn: "bg-amber-100 text-amber-900",
  ok: "bg-green-100 text-green-900",
  none: "bg-slate-100 text-slate-700",
};
const PAPER: Record<"INSURANCE" | "LICENCE", MessageKey> = {
  INSURANCE: "papersPage.INSURANCE",
  LICENCE: "papersPage.LICENCE",
};

/** "Insurance: expires in 3 days" in the reader's language; `text` replaces it (the vendor's own page words it). */
export async function ExpiryBadge({
  paper,
  at,
  now,
  text,
}: {
  paper: "INSURANCE" | "LICENCE";
  at: Date | null;
  now: Date;
  text?: string;
}) {
  const b = expiryBadge(at, now);
  const { t } = await getT();
  return (
    <span className={`rounded px-2 py-0.5 font-medium ${TONE[b.tone]}`}>
      {text ?? t("directory.paperState", { paper: PAPER[paper], state: t(b.text) })}
    </span>
  );
}
