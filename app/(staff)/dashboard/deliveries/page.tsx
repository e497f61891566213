import type { Metadata } from "next";
import Link from "next/link";
import { RetryButton } from "@/components/notifications/retry-button";
import { pageActor } from "@/lib/auth/session";
import { deliveryOverview } from "@/lib/notifications/delivery-queries";

export const metadata: Metadata = { title: "Message deliveries" };

const STATUSES = [
  ["PENDING", "Waiting"],
  ["SENDING", "Sending"],
  ["SENT", "Sent"],
  ["FAILED", "Failed"],
] as const;

export default async function Deliveries() {
  const actor = await pageActor("outbox:read", "/dashboard/deliveries");
  const { counts, failed } = await deliveryOverview(actor);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">Message deliveries</h1>
      <p className="mt-1 text-slate-600">
        Every email and text leaves through the outbox. A provider outage only delays messages; those that failed every
        try are listed here to send again.
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {STATUSES.map(([s, label]) => (
          <div
            key={s}
            className={`rounded-lg border bg-white p-3 ${s === "FAILED" && counts.FAILED ? "border-red-300" : "border-slate-200"}`}
          >
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-bold">{counts[s] ?? 0}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-lg font-semibold">Failed messages</h2>
      {failed.length === 0 ? (
        <p className="mt-2 text-slate-600">None: every message was delivered or is on its way.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {failed.map((m) => (
            <li key={m.id} className="grid gap-3 rounded-lg border border-red-200 bg-white p-4 sm:grid-cols-[1fr_auto]">
              <div className="min-w-0">
                <p className="font-semibold">
                  {m.subject ?? m.template}{" "}
                  <span className="font-normal text-slate-600">
                    ({m.channel === "SMS" ? "text" : "email"} to {m.recipient})
                  </span>
                </p>
                <p className="text-sm text-slate-600">
                  {m.attempts} tries · queued {m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
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
                {m.lastError && <p className="mt-1 break-words text-sm text-red-800">Last error: {m.lastError}</p>}
              </div>
              <RetryButton id={m.id} label={`Send again: ${m.subject ?? m.template} to ${m.recipient}`} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
