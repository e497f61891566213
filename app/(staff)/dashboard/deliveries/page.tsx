import type { Metadata } from "next";
import Link from "next/link";
import { RetryButton } from "@/components/notifications/retry-button";
import { pageActor } from "@/lib/auth/session";
import { deliveryOverview } from "@/lib/notifications/delivery-queries";
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("deliveries.title") };
}

const STATUSES = ["PENDING", "SENDING", "SENT", "FAILED"] as const;
// Queued times are shown in UTC, named as such (the outbox is the operator's view).
const STAMP: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
};

export default async function Deliveries() {
  const actor = await pageActor("outbox:read", "/dashboard/deliveries");
  const [{ counts, failed }, { t, locale }] = await Promise.all([deliveryOverview(actor), getT()]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("deliveries.title")}</h1>
      <p className="mt-1 text-slate-600">{t("deliveries.lead")}</p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {STATUSES.map((s) => (
          <div
            key={s}
            className={`rounded-lg border bg-white p-3 ${s === "FAILED" && counts.FAILED ? "border-red-300" : "border-slate-200"}`}
          >
            <dt className="text-sm text-slate-600">{t(`deliveries.${s}`)}</dt>
            <dd className="text-2xl font-bold">{counts[s] ?? 0}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-lg font-semibold">{t("deliveries.failed")}</h2>
      {failed.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("deliveries.none")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {failed.map((m) => (
            <li key={m.id} className="grid gap-3 rounded-lg border border-red-200 bg-white p-4 sm:grid-cols-[1fr_auto]">
              <div className="min-w-0">
                <p className="font-semibold">
                  {m.subject ?? m.template}{" "}
                  <span className="font-normal text-slate-600">
                    {t(m.channel === "SMS" ? "deliveries.toText" : "deliveries.toEmail", { to: m.recipient })}
                  </span>
                </p>
                <p className="text-sm text-slate-600">
                  {t("deliveries.tries", {
                    n: m.attempts,
                    at: formatInZone(m.createdAt, "UTC", STAMP, locale),
                  })}
                  {m.workOrder && (
                    <>
                      {" "}
                      ·{" "}
                      <Link
                        className="text-brand underline"
                        href={`/dashboard/work-orders/${m.workOrder.trackingNumber}`}
                      >
                        #{m.workOrder.trackingNumber}
                      </Link>
                    </>
                  )}
                </p>
                {m.lastError && (
                  <p className="mt-1 break-words text-sm text-red-800">
                    {t("deliveries.lastError", { error: m.lastError })}
                  </p>
                )}
              </div>
              <RetryButton
                id={m.id}
                label={t("deliveries.sendAgainLabel", { subject: m.subject ?? m.template, to: m.recipient })}
              />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
