import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { getT } from "@/lib/i18n/server";
import type { T } from "@/lib/i18n/translate";
import { formatCents } from "@/lib/money";
import { formatInZone } from "@/lib/time";
import { actorName } from "@/lib/work-orders/actor-label";
import { lapseLines } from "@/lib/work-orders/vendor-compliance";

type Event = {
  id: string;
  type: string;
  actorLabel: string;
  fromStatus: WorkOrderStatus | null;
  toStatus: WorkOrderStatus | null;
  details: unknown;
  createdAt: Date;
};

/** What had lapsed when a vendor was assigned anyway, in the reader's words; older rows kept only English. */
function overrideLapses(e: Event, d: Record<string, string>, t: T, timeZone: string, locale: Locale): string {
  const at = (iso: string | undefined) => (iso ? new Date(iso) : null);
  const papers = {
    active: true,
    insuranceExpiresAt: at(d.insuranceExpiresAt),
    licenceExpiresAt: at(d.licenceExpiresAt),
  };
  const lines = lapseLines(papers, e.createdAt, timeZone, locale).map((m) => t(m));
  return lines.length ? lines.map((l) => l[0].toLowerCase() + l.slice(1)).join("; ") : (d.expired ?? "");
}

function describe(e: Event, t: T, timeZone: string, locale: Locale): string {
  const d = (e.details ?? {}) as Record<string, string>;
  if (e.type === "CREATED") return t("timeline.CREATED");
  if (e.type === "STATUS_CHANGED" && e.toStatus) {
    if (e.toStatus === "ASSIGNED" && e.fromStatus === "NEW")
      return t("timeline.assigned", { vendor: d.vendor ?? t("timeline.someone") });
    if (e.toStatus === "ASSIGNED" && e.fromStatus === "COMPLETED")
      return t("timeline.reopened", { reason: d.reason ?? "" });
    if (e.toStatus === "ASSIGNED" && e.fromStatus === "CLOSED")
      return t("timeline.callback", { reason: d.reason ?? "" });
    if (e.toStatus === "ASSIGNED" && d.vendor) return t("timeline.reassigned", { vendor: d.vendor });
    if (e.toStatus === "SCHEDULED" && d.windowStart) {
      const start = formatInZone(
        new Date(d.windowStart),
        timeZone,
        { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" },
        locale,
      );
      const end = formatInZone(new Date(d.windowEnd), timeZone, { hour: "numeric", minute: "2-digit" }, locale);
      return t("timeline.scheduled", { when: `${start}–${end}` });
    }
    if (e.toStatus === "COMPLETED")
      return d.notes ? t("timeline.completedNotes", { notes: d.notes }) : t("timeline.completed");
    if (e.toStatus === "CANCELLED")
      return d.reason ? t("timeline.cancelledReason", { reason: d.reason }) : t("timeline.cancelled");
    const moved = t("timeline.moved", {
      from: e.fromStatus ? `status.${e.fromStatus}` : "",
      to: `status.${e.toStatus}`,
    });
    return d.reason ? `${moved} (${d.reason})` : moved;
  }
  if (e.type === "MESSAGE") return t("timeline.message", { body: d.body ?? "" });
  if (e.type === "RATED")
    return d.comment
      ? t("timeline.ratedComment", { rating: d.rating, comment: d.comment })
      : t("timeline.rated", { rating: d.rating });
  if (e.type === "PHOTOS_ADDED") return t("timeline.photosAdded", { count: Number(d.count), names: d.names ?? "" });
  if (e.type === "RESCHEDULE_REQUESTED") return t("timeline.rescheduleRequested", { times: d.times ?? "" });
  if (e.type === "ACKNOWLEDGED") return t("timeline.acknowledged");
  if (e.type === "HOLD_PLACED") return t("timeline.holdPlaced", { reason: `hold.${d.reason}` });
  if (e.type === "HOLD_RELEASED") return t("timeline.holdReleased");
  if (e.type === "ACCESS_CODES_CHANGED") return t("timeline.codesChanged", { codes: d.codes ?? "" });
  if (e.type === "JOB_ACCEPTED") return t("timeline.jobAccepted", { who: d.by ?? actorName(e.actorLabel, t) });
  if (e.type === "WINDOW_CONFIRMED") return t("timeline.windowConfirmed", { who: d.by ?? actorName(e.actorLabel, t) });
  if (e.type === "ON_THE_WAY") return t("timeline.onTheWay", { who: d.by ?? actorName(e.actorLabel, t) });
  if (e.type === "RUNNING_LATE")
    return t("timeline.runningLate", { who: d.by ?? actorName(e.actorLabel, t), minutes: d.minutes });
  if (e.type === "ARRIVED") return t("timeline.arrived", { who: d.by ?? actorName(e.actorLabel, t) });
  if (e.type === "CODE_REVEALED")
    return t(d.code === "lockbox" ? "timeline.lockboxCodeRevealed" : "timeline.gateCodeRevealed", {
      who: d.by ?? actorName(e.actorLabel, t),
    });
  // Staff-only events (never in a tenant's view), in the staff reader's language.
  if (e.type === "NOTE") return t("timeline.staff.note", { body: d.body ?? "" });
  if (e.type === "ASSIGNEE_MESSAGE") return t("timeline.staff.assigneeMessage", { body: d.body ?? "" });
  if (e.type === "INVOICE_ADDED")
    return t("timeline.staff.invoice", { file: d.file ?? "", amount: formatCents(Number(d.amountCents), locale) });
  if (e.type === "PRIORITY_CHANGED") {
    const word = (p: string) => t(`priority.${p}` as MessageKey).toLowerCase();
    return t("timeline.staff.priority", { from: word(d.from), to: word(d.to), reason: d.reason ?? "" });
  }
  if (e.type === "RESPONSIBLE_CHANGED") {
    if (!d.to) return t("timeline.staff.noOneResponsible", { from: d.from ?? t("timeline.staff.noOne") });
    return d.from
      ? t("timeline.staff.responsibleWas", { to: d.to, from: d.from })
      : t("timeline.staff.responsible", { to: d.to });
  }
  if (e.type === "ASSIGNMENT_OVERRIDE")
    return t("timeline.staff.override", {
      vendor: d.vendor,
      expired: overrideLapses(e, d, t, timeZone, locale),
      reason: d.reason ?? "",
    });
  if (e.type === "OVER_LIMIT") return t("timeline.staff.overLimit", { limits: [d.limits].flat().join("; ") });
  if (e.type === "RESCHEDULE_DECLINED") return t("timeline.rescheduleDeclined", { reason: d.reason ?? "" });
  const named = `timeline.type.${e.type}`;
  const text = t(named, { vendor: d.vendor ?? "" });
  return text === named ? e.type.toLowerCase().replace(/_/g, " ") : text;
}

export async function Timeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  const { t, locale } = await getT();
  return (
    <section aria-labelledby="timeline-heading" className="mt-8">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t("timeline.title")}
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
        {events.map((e) => (
          <li key={e.id}>
            <p className="font-medium">{describe(e, t, timeZone, locale)}</p>
            <p className="text-sm text-slate-600">
              {actorName(e.actorLabel, t)} ·{" "}
              <time dateTime={e.createdAt.toISOString()}>{formatInZone(e.createdAt, timeZone, undefined, locale)}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
