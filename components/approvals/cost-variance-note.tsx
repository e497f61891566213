// The actual cost against the approved estimate, once the work is completed with a cost, in the
// reader's language and number format.
import { varianceMessage, type Variance } from "@/lib/approvals/cost-variance";
import { getT } from "@/lib/i18n/server";

const TONE: Record<Variance["direction"], string> = {
  over: "border-amber-300 bg-amber-50 text-amber-950",
  under: "border-green-300 bg-green-50 text-green-950",
  "as-approved": "border-slate-200 bg-white text-slate-900",
};

export async function CostVarianceNote({ variance }: { variance: Variance | null }) {
  if (!variance) return null;
  const { t, locale } = await getT();
  const text = t(varianceMessage(variance, locale));
  return (
    <p
      className={`rounded-lg border p-3 text-sm font-semibold ${TONE[variance.direction]}`}
      data-testid="cost-variance"
    >
      {text}
    </p>
  );
}
