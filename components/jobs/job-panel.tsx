// One job as the person doing it sees it, on a phone: the next step first, then where, what and
// access, then the rest. Shared by the vendor's job link and a technician's "My jobs".
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { formatCents } from "@/lib/money";
import { formatInZone } from "@/lib/time";
import type { JobView } from "@/lib/vendors/job-view-types";
import { doneText } from "./done";
import {
  CompleteForm,
  DeclineForm,
  EstimateForm,
  InvoiceForm,
  MessageOfficeForm,
  ProposeWindowForm,
  RevealCode,
  RunningLateForm,
  TapButton,
  type Cred,
} from "./job-forms";

const when = (d: Date, tz: string) =>
  formatInZone(d, tz, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });
const windowText = (v: JobView) =>
  v.windowStart && v.windowEnd
    ? `${when(v.windowStart, v.org.timeZone)}–${formatInZone(v.windowEnd, v.org.timeZone, { hour: "numeric", minute: "2-digit" })}`
    : null;

const EVENT_TEXT: Record<string, (d: Record<string, unknown>) => string> = {
  JOB_ACCEPTED: () => "Accepted the job",
  WINDOW_CONFIRMED: () => "Confirmed the visit time",
  ON_THE_WAY: () => "On the way",
  RUNNING_LATE: (d) => `Running about ${d.minutes} minutes late`,
  ARRIVED: () => "Arrived",
  CODE_REVEALED: (d) => `Viewed the ${d.code} code`,
  ASSIGNEE_MESSAGE: (d) => `Message to the office: ${d.body}`,
  INVOICE_ADDED: (d) => `Invoice sent (${formatCents(Number(d.amountCents))})`,
};

function describe(e: JobView["events"][number], tz: string): string {
  const d = (e.details ?? {}) as Record<string, unknown>;
  if (e.type === "STATUS_CHANGED") {
    if (e.toStatus === "SCHEDULED" && d.windowStart)
      return `Visit booked: ${when(new Date(String(d.windowStart)), tz)}`;
    if (e.toStatus === "COMPLETED") return "Completed";
    if (e.toStatus === "NEW") return "Gave the job back";
    return `Now ${String(e.toStatus).toLowerCase()}`;
  }
  return EVENT_TEXT[e.type]?.(d) ?? e.type.toLowerCase().replace(/_/g, " ");
}

const PRIORITY_TONE: Record<string, string> = {
  EMERGENCY: "bg-red-700 text-white",
  URGENT: "bg-amber-200 text-amber-950",
  ROUTINE: "bg-slate-200 text-slate-900",
  LOW: "bg-slate-100 text-slate-700",
};

export function JobPanel({
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
  const confirmation = doneText(done);
  const tz = v.org.timeZone;
  const open = v.status === "ASSIGNED" || v.status === "SCHEDULED";
  const window = windowText(v);
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
          {v.org.name} · job #{v.trackingNumber}
        </p>
        <h1 className="text-2xl font-bold">
          {v.category} at {v.property.name} {v.unit}
        </h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <span className={`rounded px-2 py-0.5 font-semibold ${PRIORITY_TONE[v.priority] ?? ""}`}>
            {v.priority.toLowerCase()}
          </span>
          <span className="rounded bg-slate-100 px-2 py-0.5 font-semibold text-slate-800">
            {v.status.toLowerCase()}
          </span>
          {window && (
            <span>
              Visit: <strong>{window}</strong>
            </span>
          )}
        </p>
      </header>

      {open && (
        <section aria-labelledby="next-heading" className="space-y-3 rounded-lg border-2 border-brand/40 bg-white p-4">
          <h2 id="next-heading" className="text-lg font-semibold">
            Next step
          </h2>
          {!v.acceptedAt && <TapButton cred={cred} act="accept" text="Accept the job" />}
          {v.status === "ASSIGNED" && <ProposeWindowForm cred={cred} moving={false} />}
          {v.status === "SCHEDULED" && !v.departedAt && <TapButton cred={cred} act="onMyWay" text="I'm on my way" />}
          {v.status === "SCHEDULED" && v.departedAt && !v.arrivedAt && (
            <TapButton cred={cred} act="arrived" text="I've arrived" />
          )}
          {v.status === "SCHEDULED" && v.arrivedAt && <CompleteForm cred={cred} />}
        </section>
      )}

      <section aria-labelledby="where-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="where-heading" className="text-lg font-semibold">
          Where
        </h2>
        <p>
          {v.property.name}, unit {v.unit}
        </p>
        <p>{v.property.address}</p>
        <a
          href={directions}
          target="_blank"
          rel="noreferrer"
          className="mt-2 inline-block font-semibold text-brand underline"
        >
          Directions
        </a>
        {v.tenant && (v.tenant.name || v.tenant.phone) && (
          <p className="mt-3">
            Tenant: {v.tenant.name ?? "not given"}
            {v.tenant.phone && (
              <>
                {" "}
                ·{" "}
                <a className="font-semibold text-brand underline" href={`tel:${v.tenant.phone}`}>
                  Call {v.tenant.phone}
                </a>
              </>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="problem-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="problem-heading" className="text-lg font-semibold">
          The problem, in the tenant&apos;s words
        </h2>
        <p className="mt-1 whitespace-pre-wrap">{v.description}</p>
        <PhotoStrip photos={v.photos} token={cred.token} />
      </section>

      {v.access && (
        <section aria-labelledby="access-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="access-heading" className="text-lg font-semibold">
            Access
          </h2>
          <p>
            {v.access.permissionToEnter
              ? "You may enter if the tenant is out."
              : "The tenant must be home: do not enter without them."}
          </p>
          {v.access.pets && <p>Pets: {v.access.pets}</p>}
          {v.access.preferredTimes && <p>Best times: {v.access.preferredTimes}</p>}
          {v.access.gate && <RevealCode cred={cred} which="gate" name="Gate code" />}
          {v.access.lockbox && <RevealCode cred={cred} which="lockbox" name="Lockbox code" />}
          {(v.access.gate || v.access.lockbox) && (
            <p className="text-xs text-slate-600">The tenant sees who viewed a code, and when.</p>
          )}
        </section>
      )}

      {open && (
        <section aria-labelledby="more-heading" className="space-y-3">
          <h2 id="more-heading" className="sr-only">
            More actions
          </h2>
          {v.status === "SCHEDULED" && <RunningLateForm cred={cred} />}
          {v.status === "SCHEDULED" && !v.arrivedAt && v.departedAt && (
            <TapButton cred={cred} act="onMyWay" text="On my way again" secondary />
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
            Completed{v.completedAt ? ` ${when(v.completedAt, tz)}` : ""}
          </h2>
          {v.completionNotes && <p className="whitespace-pre-wrap">{v.completionNotes}</p>}
          {v.actualCostCents !== null && <p>Invoice amount: {formatCents(v.actualCostCents)}</p>}
          {v.invoices.length > 0 ? (
            <p>Invoice on file: {v.invoices.map((i) => i.fileName).join(", ")}</p>
          ) : (
            <InvoiceForm cred={cred} />
          )}
        </section>
      )}

      {(open || finished) && <MessageOfficeForm cred={cred} />}

      {v.events.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-lg font-semibold">
            What has happened
          </h2>
          <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
            {v.events.map((e) => (
              <li key={e.id}>
                <p className="font-medium">{describe(e, tz)}</p>
                <p className="text-slate-600">
                  {e.actorLabel} · <time dateTime={e.createdAt.toISOString()}>{formatInZone(e.createdAt, tz)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="text-sm text-slate-600">
        Questions? Call the office:{" "}
        <a className="font-semibold underline" href={`tel:${v.org.emergencyHotline.replace(/[^\d+]/g, "")}`}>
          {v.org.emergencyHotline}
        </a>
      </p>
    </div>
  );
}
