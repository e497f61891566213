// Where a work order stands against its SLA right now (DESIGN.md §4). Pure: takes the stored due
// times and `now`. The response target is met by the first manager action; the resolution target
// by completion. Closed and cancelled work has no clock. The queue shows the next unmet target.
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { DONE_STATUSES } from "@/lib/work-orders/transitions";
import type { T } from "@/lib/i18n/translate";

export type SlaFields = {
  status: WorkOrderStatus;
  firstResponseAt: Date | null;
  completedAt: Date | null;
  responseDueAt: Date | null;
  responseAtRiskAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionAtRiskAt: Date | null;
};

export type SlaState = "ok" | "at-risk" | "breached";
export type SlaClock = { target: "response" | "resolution"; dueAt: Date; atRiskAt: Date; state: SlaState };

const CLOCKLESS: readonly WorkOrderStatus[] = [...DONE_STATUSES, "CANCELLED"]; // no clock runs once work stops

/** The next unmet target and its state, or null when nothing is running. */
export function slaClock(wo: SlaFields, now: Date): SlaClock | null {
  if (CLOCKLESS.includes(wo.status) || wo.completedAt) return null;
  const target = wo.firstResponseAt ? "resolution" : "response";
  const dueAt = target === "response" ? wo.responseDueAt : wo.resolutionDueAt;
  const atRiskAt = (target === "response" ? wo.responseAtRiskAt : wo.resolutionAtRiskAt) ?? dueAt;
  if (!dueAt || !atRiskAt) return null;
  const state: SlaState = now >= dueAt ? "breached" : now >= atRiskAt ? "at-risk" : "ok";
  return { target, dueAt, atRiskAt, state };
}

/** "3 h 20 min left", "2 days left", "45 min overdue": what the queue's countdown reads, in t's language. */
export function formatCountdown(dueAt: Date, now: Date, t: T): string {
  const ms = dueAt.getTime() - now.getTime();
  const mins = Math.floor(Math.abs(ms) / 60_000);
  const span =
    mins < 60
      ? t("time.minutes", { n: mins })
      : mins < 48 * 60
        ? mins % 60
          ? t("time.hoursMinutes", { h: Math.floor(mins / 60), m: mins % 60 })
          : t("time.hours", { h: mins / 60 })
        : t("time.days", { n: Math.floor(mins / 1440) });
  return t(ms >= 0 ? "time.left" : "time.overdue", { span });
}
