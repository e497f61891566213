import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmergencyHelp } from "@/components/work-orders/emergency-help";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { RateForm, TenantConfirmForm, TenantMessageForm } from "@/components/work-orders/tenant-actions";
import { TenantCancelForm } from "@/components/work-orders/tenant-cancel-form";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { Timeline } from "@/components/work-orders/timeline";
import { pageActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatInZone } from "@/lib/time";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { getWorkOrder } from "@/lib/work-orders/queries";

export const metadata: Metadata = { title: "Request" };

const NEXT_STEP = {
  NEW: "Your property manager reviews it and assigns someone to fix it.",
  ASSIGNED: "The technician will arrange a visit with you.",
  SCHEDULED: "The visit is booked. You will get a reminder the day before.",
  COMPLETED: "The work is done. Tell us if the problem is resolved.",
  CLOSED: "This request is closed.",
  CANCELLED: "This request was cancelled.",
} as const;

export default async function RequestPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<{ submitted?: string; added?: string; sent?: string }> }) {
  const { number } = await params;
  const { submitted, added, sent } = await searchParams;
  const actor = await pageActor("request:view-own", `/requests/${number}`);
  const n = Number(number);
  const wo = Number.isSafeInteger(n) && n > 0 ? await getWorkOrder(actor, n) : null;
  if (!wo) notFound();
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.orgId } });
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      {submitted && (
        <div role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          <p className="text-lg font-semibold">We got your request: tracking #{wo.trackingNumber}</p>
          <p className="mt-1 text-sm">{NEXT_STEP.NEW}</p>
          {wo.responseDueAt && <p className="mt-1 text-sm">Expected response by <strong>{formatInZone(wo.responseDueAt, org.timeZone)}</strong>.</p>}
        </div>
      )}
      {wo.priority === "EMERGENCY" && ["NEW", "ASSIGNED", "SCHEDULED"].includes(wo.status) && (
        <div className="mb-6"><EmergencyHelp hotline={org.emergencyHotline} kinds={detectEmergency(wo.description).kinds} afterSubmit /></div>
      )}
      {added && <p role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">Added to request #{wo.trackingNumber}. Your property manager has been told.</p>}
      {sent && <p role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">Message sent. Your property manager has been told.</p>}
      <h1 className="text-2xl font-bold">Request #{wo.trackingNumber}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <span>Status:</span> <StatusBadge status={wo.status} /> <PriorityBadge priority={wo.priority} />
      </p>
      <p className="mt-2 text-slate-700">{NEXT_STEP[wo.status]}</p>
      <dl className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div><dt className="font-semibold">Problem</dt><dd>{wo.category.name}: <span className="whitespace-pre-wrap">{wo.description}</span></dd></div>
        <div><dt className="font-semibold">Unit</dt><dd>{wo.property.name} {wo.unit.label}</dd></div>
        {wo.vendor && <div><dt className="font-semibold">Assigned to</dt><dd>{wo.vendor.company}</dd></div>}
        <div>
          <dt className="font-semibold">Access</dt>
          <dd>
            {wo.permissionToEnter ? "OK to enter when nobody is home" : "Someone must be home"}
            {wo.gateCodeEnc && " · gate code on file"}
            {wo.lockboxCodeEnc && " · lockbox code on file"}
            {wo.pets && ` · Pets: ${wo.pets}`}
            {wo.preferredTimes && ` · Best times: ${wo.preferredTimes}`}
          </dd>
        </div>
        {wo.windowStart && wo.windowEnd && (
          <div><dt className="font-semibold">Appointment</dt><dd>{formatInZone(wo.windowStart, org.timeZone)} – {formatInZone(wo.windowEnd, org.timeZone, { timeStyle: "short" })}</dd></div>
        )}
      </dl>
      {wo.status === "CLOSED" && !wo.ratedAt && <RateForm trackingNumber={wo.trackingNumber} />}
      {wo.status === "COMPLETED" && <TenantConfirmForm trackingNumber={wo.trackingNumber} version={wo.version} />}
      <PhotoStrip photos={wo.attachments} />
      <Timeline events={wo.events} timeZone={org.timeZone} />
      {["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"].includes(wo.status) && <TenantMessageForm trackingNumber={wo.trackingNumber} />}
      {wo.status === "NEW" && wo.reporterId === actor.userId && <TenantCancelForm trackingNumber={wo.trackingNumber} version={wo.version} />}
    </main>
  );
}
