// The tracking link: someone without an account follows their request here.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmergencyHelp } from "@/components/work-orders/emergency-help";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { Timeline } from "@/components/work-orders/timeline";
import { formatInZone } from "@/lib/time";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";

export const metadata: Metadata = { title: "Your request", referrer: "no-referrer", robots: { index: false } };

export default async function Tracking({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ submitted?: string; linked?: string }> }) {
  const { token } = await params;
  const { submitted, linked } = await searchParams;
  const wo = await workOrderByTrackingToken(token);
  if (!wo) notFound();
  const tz = wo.org.timeZone;
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      {submitted && (
        <div role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          <p className="text-lg font-semibold">We got your request: tracking #{wo.trackingNumber}</p>
          <p className="mt-1 text-sm">Keep this page&apos;s address: it shows every step. {wo.reporterEmail ? "We also emailed you the link." : ""}</p>
          {linked && <p className="mt-1 text-sm">A similar request for this unit is already open; yours was linked to it so nothing is missed.</p>}
          {wo.responseDueAt && <p className="mt-1 text-sm">Expected response by <strong>{formatInZone(wo.responseDueAt, tz)}</strong>.</p>}
        </div>
      )}
      {wo.priority === "EMERGENCY" && ["NEW", "ASSIGNED", "SCHEDULED"].includes(wo.status) && (
        <div className="mb-6"><EmergencyHelp hotline={wo.org.emergencyHotline} kinds={detectEmergency(wo.description).kinds} afterSubmit /></div>
      )}
      <h1 className="text-2xl font-bold">Request #{wo.trackingNumber}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2"><span>Status:</span> <StatusBadge status={wo.status} /> <PriorityBadge priority={wo.priority} /></p>
      <dl className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div><dt className="font-semibold">Problem</dt><dd>{wo.category.name}: <span className="whitespace-pre-wrap">{wo.description}</span></dd></div>
        <div><dt className="font-semibold">Where</dt><dd>{wo.property.name} {wo.unit.label}</dd></div>
        {wo.vendor && <div><dt className="font-semibold">Assigned to</dt><dd>{wo.vendor.company}</dd></div>}
        {wo.windowStart && wo.windowEnd && <div><dt className="font-semibold">Appointment</dt><dd>{formatInZone(wo.windowStart, tz)} – {formatInZone(wo.windowEnd, tz, { timeStyle: "short" })}</dd></div>}
      </dl>
      <PhotoStrip photos={wo.attachments} token={token} />
      <Timeline events={wo.events} timeZone={tz} />
    </main>
  );
}
