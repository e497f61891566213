import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffActions } from "@/components/work-orders/staff-actions";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { Timeline } from "@/components/work-orders/timeline";
import { pageActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatInZone } from "@/lib/time";
import { getWorkOrder, listVendorsFor } from "@/lib/work-orders/queries";
import { nextStatuses, STATUS_LABEL } from "@/lib/work-orders/transitions";

export const metadata: Metadata = { title: "Work order" };

export default async function WorkOrderPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> }) {
  const { number } = await params;
  const { done } = await searchParams;
  const actor = await pageActor("work-order:manage", `/dashboard/work-orders/${number}`);
  const n = Number(number);
  const wo = Number.isSafeInteger(n) && n > 0 ? await getWorkOrder(actor, n) : null;
  if (!wo) notFound();
  const [org, vendors] = await Promise.all([db().organization.findUniqueOrThrow({ where: { id: actor.orgId } }), listVendorsFor(actor, wo.categoryId)]);
  const now = new Date();
  const vendorOptions = vendors
    .map((v) => ({
      id: v.id,
      company: v.company,
      rank: v.categories[0]?.rank ?? 99,
      note: [v.categories[0] ? (v.categories[0].rank === 1 ? "preferred" : "backup") : "other trade", v.insuranceExpiresAt && v.insuranceExpiresAt < now ? "insurance expired" : ""].filter(Boolean).join(", "),
    }))
    .sort((a, b) => a.rank - b.rank || a.company.localeCompare(b.company));
  const fmt = (d: Date | null) => (d ? formatInZone(d, org.timeZone) : "—");
  return (
    <main className="mx-auto grid max-w-6xl gap-8 px-4 py-6 lg:grid-cols-[1fr_22rem]">
      <div>
        {done && done in STATUS_LABEL && (
          <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
            Done: the request is now {STATUS_LABEL[done as keyof typeof STATUS_LABEL].toLowerCase()}.
          </p>
        )}
        <h1 className="text-2xl font-bold">Work order #{wo.trackingNumber}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2"><StatusBadge status={wo.status} /> <PriorityBadge priority={wo.priority} />
          {wo.holdReason && <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">On hold: {wo.holdNote ?? wo.holdReason}</span>}
        </p>
        <dl className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
          <div className="sm:col-span-2"><dt className="font-semibold">Problem</dt><dd>{wo.category.name}: <span className="whitespace-pre-wrap">{wo.description}</span></dd></div>
          <div><dt className="font-semibold">Where</dt><dd>{wo.property.name} {wo.unit.label}</dd></div>
          <div><dt className="font-semibold">Reported by</dt><dd>{wo.reporter?.name ?? (wo.reporterName ? `${wo.reporterName} (QR code, no account) ${wo.reporterEmail ?? ""} ${wo.reporterPhone ?? ""}` : "—")}</dd></div>
          <div><dt className="font-semibold">Vendor</dt><dd>{wo.vendor?.company ?? "Unassigned"}</dd></div>
          <div><dt className="font-semibold">Appointment</dt><dd>{wo.windowStart ? `${fmt(wo.windowStart)} – ${fmt(wo.windowEnd)}` : "—"}</dd></div>
          <div><dt className="font-semibold">Response due</dt><dd>{fmt(wo.responseDueAt)}</dd></div>
          <div><dt className="font-semibold">Resolution due</dt><dd>{fmt(wo.resolutionDueAt)}</dd></div>
        </dl>
        <PhotoStrip photos={wo.attachments} />
      <Timeline events={wo.events} timeZone={org.timeZone} />
      </div>
      <StaffActions trackingNumber={wo.trackingNumber} version={wo.version} status={wo.status} allowed={nextStatuses(wo.status, actor.role).filter((s) => s !== "NEW")} vendors={vendorOptions} rescheduleTimes={wo.rescheduleTimes} />
    </main>
  );
}
