"use client";
import { useI18n } from "@/components/i18n/provider";
import type { Priority, WorkOrderStatus } from "@/lib/db/generated/enums";

const STATUS_STYLE: Record<WorkOrderStatus, string> = {
  NEW: "bg-blue-100 text-blue-900",
  ASSIGNED: "bg-indigo-100 text-indigo-900",
  SCHEDULED: "bg-violet-100 text-violet-900",
  COMPLETED: "bg-green-100 text-green-900",
  CLOSED: "bg-slate-200 text-slate-800",
  CANCELLED: "bg-slate-100 text-slate-600 line-through",
};
const PRIORITY_STYLE: Record<Priority, string> = {
  EMERGENCY: "bg-red-600 text-white",
  URGENT: "bg-amber-500 text-black",
  ROUTINE: "bg-slate-200 text-slate-800",
  LOW: "bg-slate-100 text-slate-600",
};

export function StatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useI18n();
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useI18n();
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${PRIORITY_STYLE[priority]}`}>
      {t(`priority.${priority}`)}
    </span>
  );
}
