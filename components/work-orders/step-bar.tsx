import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { getT } from "@/lib/i18n/server";

const STEPS: WorkOrderStatus[] = ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED"];

/** Where the request is in its life, as a row of steps a tenant reads at a glance. */
export async function StepBar({ status }: { status: WorkOrderStatus }) {
  const { t } = await getT();
  if (status === "CANCELLED") return null;
  const at = STEPS.indexOf(status);
  return (
    <ol
      aria-label={t("steps.label")}
      className="mt-4 grid grid-cols-5 gap-1 text-center text-[11px] leading-tight sm:text-xs"
    >
      {STEPS.map((s, i) => (
        <li key={s} aria-current={i === at ? "step" : undefined} className="flex min-w-0 flex-col items-center gap-1">
          <span aria-hidden="true" className={`h-2 w-full rounded-full ${i <= at ? "bg-brand" : "bg-slate-200"}`} />
          <span
            className={`hyphens-auto break-words ${i === at ? "font-bold text-slate-900" : i < at ? "text-slate-700" : "text-slate-500"}`}
          >
            {t(`status.${s}`)}
            {i <= at && <span className="sr-only"> ({t(i === at ? "steps.current" : "steps.done")})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
