import type { Metadata } from "next";
import Link from "next/link";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { pageActor } from "@/lib/auth/session";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { formatAge } from "@/lib/time";
import { listQueue } from "@/lib/work-orders/queries";
import { STATUS_LABEL } from "@/lib/work-orders/transitions";

export const metadata: Metadata = { title: "Queue" };

const FILTERS: (WorkOrderStatus | "OPEN")[] = ["OPEN", "NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED"];

export default async function Queue({ searchParams }: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const actor = await pageActor("queue:view", "/dashboard");
  const sp = await searchParams;
  const status = FILTERS.find((f) => f === sp.status) ?? "OPEN";
  const page = Math.max(1, Number(sp.page) || 1);
  const { rows, total, pageSize } = await listQueue(actor, { status, page });
  const now = new Date();
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold">Work orders</h1>
      <nav aria-label="Filter by status" className="mt-4 flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link key={f} href={`/dashboard?status=${f}`} aria-current={f === status ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${f === status ? "border-brand bg-brand text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}>
            {f === "OPEN" ? "Open" : STATUS_LABEL[f]}
          </Link>
        ))}
      </nav>
      <p className="mt-3 text-sm text-slate-600">{total} work orders</p>
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr><th className="p-3">#</th><th className="p-3">Priority</th><th className="p-3">Status</th><th className="p-3">Problem</th><th className="p-3">Where</th><th className="p-3">Vendor</th><th className="p-3">Age</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 hover:bg-slate-50">
                <td className="p-3 font-semibold"><Link className="text-brand underline" href={`/dashboard/work-orders/${r.trackingNumber}`}>#{r.trackingNumber}</Link></td>
                <td className="p-3"><PriorityBadge priority={r.priority} /></td>
                <td className="p-3"><StatusBadge status={r.status} />{r.holdReason && <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs text-amber-900">On hold</span>}</td>
                <td className="p-3"><span className="font-medium">{r.category.name}</span><span className="block max-w-xs truncate text-slate-600">{r.description}</span></td>
                <td className="p-3">{r.property.name} {r.unit.label}</td>
                <td className="p-3">{r.vendor?.company ?? "—"}</td>
                <td className="p-3">{formatAge(r.createdAt, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
        {page > 1 && <Link className="text-brand underline" href={`/dashboard?status=${status}&page=${page - 1}`}>Previous page</Link>}
        {page * pageSize < total && <Link className="text-brand underline" href={`/dashboard?status=${status}&page=${page + 1}`}>Next page</Link>}
      </nav>
    </main>
  );
}
