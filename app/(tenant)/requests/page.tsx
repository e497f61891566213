import type { Metadata } from "next";
import Link from "next/link";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { button } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/session";
import { listMyRequests } from "@/lib/work-orders/queries";

export const metadata: Metadata = { title: "My requests" };

export default async function MyRequests({ searchParams }: { searchParams: Promise<{ fixed?: string }> }) {
  const actor = await pageActor("request:view-own", "/requests");
  const { fixed } = await searchParams;
  const requests = await listMyRequests(actor);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">My requests</h1>
        <Link href="/requests/new" className={button}>Report a problem</Link>
      </div>
      {fixed && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Glad that sorted it. Nothing was sent to the team; report it again any time if it comes back.
        </p>
      )}
      <ul className="mt-6 space-y-3">
        {requests.map((r) => (
          <li key={r.id}>
            <Link href={`/requests/${r.trackingNumber}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">#{r.trackingNumber} · {r.category.name}</span>
                <StatusBadge status={r.status} />
                <PriorityBadge priority={r.priority} />
              </span>
              <span className="mt-1 line-clamp-2 block text-sm text-slate-700">{r.description}</span>
            </Link>
          </li>
        ))}
        {requests.length === 0 && <li className="text-slate-600">No requests yet.</li>}
      </ul>
    </main>
  );
}
