import { expiryBadge } from "@/lib/work-orders/vendor-compliance";

const TONE = {
  bad: "bg-red-100 text-red-900",
  warn: "bg-amber-100 text-amber-900",
  ok: "bg-green-100 text-green-900",
  none: "bg-slate-100 text-slate-700",
};

/** `text` replaces the English "what: state" (the vendor's own page words it in their language). */
export function ExpiryBadge({ what, at, now, text }: { what: string; at: Date | null; now: Date; text?: string }) {
  const b = expiryBadge(at, now);
  return <span className={`rounded px-2 py-0.5 font-medium ${TONE[b.tone]}`}>{text ?? `${what}: ${b.text}`}</span>;
}
