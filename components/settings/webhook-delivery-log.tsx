// The last deliveries to one endpoint: a table on wider screens, a short list on a phone (the same
// facts: event and work order, status, tries, the receiver's answer, when queued and next tried).
import { getT } from "@/lib/i18n/server";
import type { T } from "@/lib/i18n/translate";
import { webhookFailureReason } from "@/lib/outbox/webhook-error";

const STATUS = {
  PENDING: "hooks.status.PENDING",
  SENDING: "hooks.status.SENDING",
  SENT: "hooks.status.SENT",
  FAILED: "hooks.status.FAILED",
} as const;

export type DeliveryRow = {
  id: string;
  eventType: string;
  payload: unknown;
  status: keyof typeof STATUS;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
};

type Props = { id: string; deliveries: DeliveryRow[]; when: (at: Date) => string; label: string };

const trackingOf = (d: DeliveryRow) =>
  (d.payload as { data?: { trackingNumber?: number } } | null)?.data?.trackingNumber ?? null;
const retrying = (d: DeliveryRow) => d.status === "PENDING" && d.attempts > 0;

// A failure without an HTTP answer reads as a reason, not the network library's text (which can
// name an address); the row keeps that text.
function Answer({ d, t }: { d: DeliveryRow; t: T }) {
  if (d.lastStatusCode !== null) return <>HTTP {d.lastStatusCode}</>;
  if (d.lastError) return <span className="break-words text-red-800">{t(webhookFailureReason(d.lastError))}</span>;
  return <>—</>;
}

function Event({ d }: { d: DeliveryRow }) {
  const n = trackingOf(d);
  return (
    <>
      <code className="text-xs">{d.eventType}</code>
      {n !== null && <span className="text-slate-600"> #{n}</span>}
    </>
  );
}

const statusClass = (d: DeliveryRow) => (d.status === "FAILED" ? "font-semibold text-red-800" : "");

export async function WebhookDeliveryLog({ id, deliveries, when, label }: Props) {
  const { t } = await getT();
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">{t("hooks.nothingSent")}</p>;
  const heading = `log-${id}`;
  return (
    <div>
      <h3 id={heading} className="mb-1 text-sm font-semibold">
        {t("hooks.last", { n: deliveries.length, label })}
      </h3>
      <ul aria-labelledby={heading} className="divide-y divide-slate-100 text-sm sm:hidden">
        {deliveries.map((d) => (
          <li key={d.id} className="py-2">
            <Event d={d} />
            <p>
              <span className={statusClass(d)}>{t(STATUS[d.status])}</span> · {t("hooks.tries", { n: d.attempts })} ·{" "}
              <Answer d={d} t={t} />
            </p>
            <p className="text-slate-600">
              {t("hooks.queued", { at: when(d.createdAt) })}
              {retrying(d) && <> · {t("hooks.nextTry", { at: when(d.nextAttemptAt) })}</>}
            </p>
          </li>
        ))}
      </ul>
      <table aria-labelledby={heading} className="hidden w-full text-left text-sm sm:table">
        <thead className="text-slate-600">
          <tr>
            {(
              [
                "hooks.col.event",
                "hooks.col.status",
                "hooks.col.tries",
                "hooks.col.response",
                "hooks.col.queued",
              ] as const
            ).map((h) => (
              <th key={h} scope="col" className="py-1 pr-3 font-semibold">
                {t(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((d) => (
            <tr key={d.id} className="align-top">
              <td className="py-1 pr-3">
                <Event d={d} />
              </td>
              <td className={`py-1 pr-3 ${statusClass(d)}`}>{t(STATUS[d.status])}</td>
              <td className="py-1 pr-3">{d.attempts}</td>
              <td className="py-1 pr-3">
                <Answer d={d} t={t} />
              </td>
              <td className="py-1">
                {when(d.createdAt)}
                {retrying(d) && <> · {when(d.nextAttemptAt)}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
