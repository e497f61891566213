// One job as the person doing it sees it, on a phone: the next step first, then where, what and
// access, then the rest. Shared by the vendor's job link and a technician's "My jobs".
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { formatCents } from "@/lib/money";
import { formatInZone } from "@/lib/time";
import { actorName } from "@/lib/work-orders/actor-label";
import { categoryName } from "@/lib/i18n/categories";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import type { T } from "@/lib/i18n/translate";
import type { JobView } from "@/lib/vendors/job-view-types";
import { doneText } from "./done";
import {
  CompleteForm,
  DeclineForm,
  EstimateForm,
  InvoiceForm,
  JobMessageForm,
  ProposeWindowForm,
  RevealCode,
  RunningLateForm,
  TapButton,
  type Cred,
} from "./job-forms";

const when = (d: Date, tz: string, locale: Locale) =>
  formatInZone(d, tz, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }, locale);
const windowText = (v: JobView, locale: Locale) =>
  v.windowStart && v.windowEnd
    ? `${when(v.windowStart, v.org.timeZone, locale)}–${formatInZone(v.windowEnd, v.org.timeZone, { hour: "numeric", minute: "2-digit" }, locale)}`
    : null;

const EVENT_TEXT: Record<string, (t: T, d: Record<string, unknown>) => string> = {
  JOB_ACCEPTED: (t) => t("jobView.ev.accepted"),
  WINDOW_CONFIRMED: (t) => t("jobView.ev.confirmed"),
  ON_THE_WAY: (t) => t("jobView.ev.onTheWay"),
  RUNNING_LATE: (t, d) => t("jobView.ev.late", { minutes: Number(d.minutes) }),
  ARRIVED: (t) => t("jobView.ev.arrived"),
  CODE_REVEALED: (t, d) => t(d.code === "lockbox" ? "jobView.ev.codeLockbox" : "jobView.ev.codeGate"),
  ASSIGNEE_MESSAGE: (t, d) => t("jobView.ev.message", { body: String(d.body ?? "") }),
  INVOICE_ADDED: (t, d) => t("jobView.ev.invoice", { amount: formatCents(Number(d.amountCents)) }),
};

function describe(e: JobView["events"][number], tz: string, t: T, locale: Locale): string {
  const d = (e.details ?? {}) as Record<string, unknown>;
  if (e.type === "STATUS_CHANGED") {
    if (e.toStatus === "SCHEDULED" && d.windowStart)
      return t("jobView.ev.booked", { when: when(new Date(String(d.windowStart)), tz, locale) });
    if (e.toStatus === "COMPLETED") return t("jobView.completed");
    if (e.toStatus === "NEW") return t("jobView.ev.gaveBack");
    return t("jobView.ev.now", { status: `status.${e.toStatus}` });
  }
  return EVENT_TEXT[e.type]?.(t, d) ?? e.type.toLowerCase().replace(/_/g, " ");
}

const PRIORITY_TONE: Record<string, string> = {
  EMERGENCY: "bg-red-700 text-white",
  URGENT: "bg-amber-200 text-amber-950",
  ROUTINE: "bg-slate-200 text-slate-900",
  LOW: "bg-slate-100 text-slate-700",
};

export async function JobPanel({
  view: v,
  cred,
  finished,
  done,
}: {
  view: JobView;
  cred: Cred;
  finished: boolean;
  done?: string;
}) {
  const { t, locale } = await getT();
  const doneMsg = doneText(done);
  const confirmation = doneMsg && t(doneMsg);
  const tz = v.org.timeZone;
  const open = v.status === "ASSIGNED" || v.status === "SCHEDULED";
  const window = windowText(v, locale);
  const directions = `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(v.property.address)}`;
  return (
    <div className="space-y-5">
      {confirmation && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-3 font-semibold text-green-900">
          {confirmation}
        </p>
      )}
      <header>
        <p className="text-sm text-slate-600">
          {t("jobView.header", { org: v.org.name, number: String(v.trackingNumber) })}
        </p>
        <h1 className="text-2xl font-bold">
          {t("jobView.title", {
            category: categoryName(v.category, locale),
            place: `${v.property.name} ${v.unit}`,
          })}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span className={`rounded px-2 py-0.5 font-semibold ${PRIORITY_TONE[v.priority] ?? ""}`}>
            {t(`priority.${v.priority}`)}
          </span>
          <span className="rounded bg-slate-100 px-2 py-0.5 font-semibold text-slate-800">
            {t(`status.${v.status}`)}
          </span>
          {window && (
            <span>
              {t("jobView.visit")} <strong>{window}</strong>
            </span>
          )}
        </p>
      </header>

      {open && (
        <section aria-labelledby="next-heading" className="space-y-3 rounded-lg border-2 border-brand/40 bg-white p-4">
          <h2 id="next-heading" className="text-lg font-semibold">
            {t("jobView.nextStep")}
          </h2>
          {!v.acceptedAt && <TapButton cred={cred} act="accept" text={t("jobView.accept")} />}
          {v.status === "ASSIGNED" && <ProposeWindowForm cred={cred} moving={false} />}
          {v.status === "SCHEDULED" && !v.departedAt && (
            <TapButton cred={cred} act="onMyWay" text={t("jobView.onMyWay")} />
          )}
          {v.status === "SCHEDULED" && v.departedAt && !v.arrivedAt && (
            <TapButton cred={cred} act="arrived" text={t("jobView.arrived")} />
          )}
          {v.status === "SCHEDULED" && v.arrivedAt && <CompleteForm cred={cred} />}
        </section>
      )}

      <section aria-labelledby="where-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="where-heading" className="text-lg font-semibold">
          {t("jobView.where")}
        </h2>
        <p>{t("jobView.propertyUnit", { property: v.property.name, unit: v.unit })}</p>
        <p>{v.property.address}</p>
        <a
          href={directions}
          target="_blank"
          rel="noreferrer"
          className="mt-2 inline-block font-semibold text-brand underline"
        >
          {t("jobView.directions")}
        </a>
        {v.tenant && (v.tenant.name || v.tenant.phone) && (
          <p className="mt-3">
            {t("jobView.tenant", { name: v.tenant.name ?? t("jobView.notGiven") })}
            {v.tenant.phone && (
              <>
                {" "}
                ·{" "}
                <a className="font-semibold text-brand underline" href={`tel:${v.tenant.phone}`}>
                  {t("jobView.call", { phone: v.tenant.phone })}
                </a>
              </>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="problem-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="problem-heading" className="text-lg font-semibold">
          {t("jobView.problem")}
        </h2>
        <p className="mt-1 whitespace-pre-wrap">{v.description}</p>
        <PhotoStrip photos={v.photos} token={cred.token} />
      </section>

      {v.access && (
        <section aria-labelledby="access-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="access-heading" className="text-lg font-semibold">
            {t("jobView.access")}
          </h2>
          <p>{t(v.access.permissionToEnter ? "jobView.mayEnter" : "jobView.mustBeHome")}</p>
          {v.access.pets && <p>{t("jobView.pets", { pets: v.access.pets })}</p>}
          {v.access.preferredTimes && <p>{t("jobView.bestTimes", { times: v.access.preferredTimes })}</p>}
          {v.access.gate && <RevealCode cred={cred} which="gate" name={t("jobView.gateCode")} />}
          {v.access.lockbox && <RevealCode cred={cred} which="lockbox" name={t("jobView.lockboxCode")} />}
          {(v.access.gate || v.access.lockbox) && <p className="text-xs text-slate-600">{t("jobView.codesSeen")}</p>}
        </section>
      )}

      {open && (
        <section aria-labelledby="more-heading" className="space-y-3">
          <h2 id="more-heading" className="sr-only">
            {t("jobView.moreActions")}
          </h2>
          {v.status === "SCHEDULED" && <RunningLateForm cred={cred} />}
          {v.status === "SCHEDULED" && !v.arrivedAt && v.departedAt && (
            <TapButton cred={cred} act="onMyWay" text={t("jobView.onMyWayAgain")} secondary />
          )}
          {v.status === "SCHEDULED" && !v.arrivedAt && <CompleteForm cred={cred} />}
          {v.status === "SCHEDULED" && <ProposeWindowForm cred={cred} moving />}
          {v.status === "ASSIGNED" && <CompleteForm cred={cred} />}
          <EstimateForm cred={cred} />
          {v.status === "ASSIGNED" && <DeclineForm cred={cred} />}
        </section>
      )}

      {finished && (
        <section
          aria-labelledby="done-heading"
          className="space-y-3 rounded-lg border border-green-300 bg-green-50 p-4"
        >
          <h2 id="done-heading" className="text-lg font-semibold">
            {v.completedAt
              ? t("jobView.completedAt", { when: when(v.completedAt, tz, locale) })
              : t("jobView.completed")}
          </h2>
          {v.completionNotes && <p className="whitespace-pre-wrap">{v.completionNotes}</p>}
          {v.actualCostCents !== null && (
            <p>{t("jobView.invoiceAmount", { amount: formatCents(v.actualCostCents) })}</p>
          )}
          {v.invoices.length > 0 ? (
            <p>{t("jobView.invoiceOnFile", { files: v.invoices.map((i) => i.fileName).join(", ") })}</p>
          ) : (
            <InvoiceForm cred={cred} />
          )}
        </section>
      )}

      {/* #messages: where a notice of a new message opens the page */}
      <section
        id="messages"
        aria-labelledby="thread-heading"
        className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="thread-heading" className="text-lg font-semibold">
          {t("jobView.thread.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("jobView.thread.who")}</p>
        {v.messages.length === 0 ? (
          <p className="text-sm text-slate-600">{t("jobView.thread.none")}</p>
        ) : (
          <ol className="space-y-2">
            {v.messages.map((m) => (
              <li key={m.id} className="rounded-md border border-slate-200 bg-slate-50 p-3">
                <p className="whitespace-pre-wrap break-words">{m.body}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {m.authorLabel} ·{" "}
                  <time dateTime={m.createdAt.toISOString()}>{formatInZone(m.createdAt, tz, undefined, locale)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
        {(open || finished) && <JobMessageForm cred={cred} />}
      </section>

      {v.events.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-lg font-semibold">
            {t("jobView.history")}
          </h2>
          <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
            {v.events.map((e) => (
              <li key={e.id}>
                <p className="font-medium">{describe(e, tz, t, locale)}</p>
                <p className="text-slate-600">
                  {actorName(e.actorLabel, t)} ·{" "}
                  <time dateTime={e.createdAt.toISOString()}>{formatInZone(e.createdAt, tz, undefined, locale)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="text-sm text-slate-600">
        {t("jobView.questions")}{" "}
        <a className="font-semibold underline" href={`tel:${v.org.emergencyHotline.replace(/[^\d+]/g, "")}`}>
          {v.org.emergencyHotline}
        </a>
      </p>
    </div>
  );
}
