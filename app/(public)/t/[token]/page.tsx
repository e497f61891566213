// The tracking link: someone without an account follows their request here.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmergencyHelp } from "@/components/work-orders/emergency-help";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { StepBar } from "@/components/work-orders/step-bar";
import {
  AccessCodesForm,
  AddPhotosForm,
  RateForm,
  RescheduleForm,
  TenantConfirmForm,
  TenantMessageForm,
} from "@/components/work-orders/tenant-actions";
import { TenantCancelForm } from "@/components/work-orders/tenant-cancel-form";
import { Timeline } from "@/components/work-orders/timeline";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { AfterHoursNotice } from "@/components/work-orders/after-hours-notice";
import { formatInZone } from "@/lib/time";
import { afterHoursOf } from "@/lib/work-orders/page-reads";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { workOrderByTrackingToken } from "@/lib/work-orders/tracking";
import { ACTIVE_STATUSES, isStatusIn } from "@/lib/work-orders/transitions";

export const metadata: Metadata = { title: "Fixwell", referrer: "no-referrer", robots: { index: false } };

export default async function Tracking({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{
    submitted?: string;
    linked?: string;
    sent?: string;
    rescheduled?: string;
    photos?: string;
    codes?: string;
  }>;
}) {
  const { token } = await params;
  const { submitted, linked, sent, rescheduled, photos, codes } = await searchParams;
  const now = new Date(); // this page's one reading of the clock
  const wo = await workOrderByTrackingToken(token, now);
  if (!wo) notFound();
  const afterHours = submitted && wo.priority !== "EMERGENCY" ? await afterHoursOf(wo.orgId, now) : null;
  const { t, locale } = await getT();
  const tz = wo.org.timeZone;
  const when = (d: Date, opts?: Intl.DateTimeFormatOptions) => formatInZone(d, tz, opts, locale);
  const num = String(wo.trackingNumber);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      {submitted && (
        <div role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          <p className="text-lg font-semibold">{t("request.received", { number: num })}</p>
          <p className="mt-1 text-sm">
            {t("tracking.keepLink")}{" "}
            {wo.reporterEmail ? t("tracking.emailed") : wo.reporterPhone ? t("tracking.texted") : ""}
          </p>
          {linked && <p className="mt-1 text-sm">{t("tracking.linked")}</p>}
          {wo.responseDueAt && (
            <p className="mt-1 text-sm">{t("request.expectedBy", { when: when(wo.responseDueAt) })}</p>
          )}
        </div>
      )}
      {afterHours && <AfterHoursNotice info={afterHours} />}
      {wo.priority === "EMERGENCY" && isStatusIn(ACTIVE_STATUSES, wo.status) && (
        <div className="mb-6">
          <EmergencyHelp hotline={wo.org.emergencyHotline} kinds={detectEmergency(wo.description).kinds} afterSubmit />
        </div>
      )}
      {sent && (
        <p role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          {t("request.sent")}
        </p>
      )}
      {photos && (
        <p role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          {t("request.photosAdded")}
        </p>
      )}
      {codes && (
        <p role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          {t("codes.done")}
        </p>
      )}
      {rescheduled && wo.rescheduleTimes && (
        <p role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
          {t("request.rescheduleSent")}
        </p>
      )}
      <h1 className="text-2xl font-bold">{t("request.title", { number: num })}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <span>{t("request.status")}</span> <StatusBadge status={wo.status} /> <PriorityBadge priority={wo.priority} />
      </p>
      <StepBar status={wo.status} />
      <p className="mt-3 text-slate-700">{t(`next.${wo.status}`)}</p>
      <dl className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div>
          <dt className="font-semibold">{t("request.problem")}</dt>
          <dd>
            {categoryName(wo.category.name, locale)}: <span className="whitespace-pre-wrap">{wo.description}</span>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("request.where")}</dt>
          <dd>
            {wo.property.name} {wo.unit.label}
          </dd>
        </div>
        {wo.vendor && (
          <div>
            <dt className="font-semibold">{t("request.assignedTo")}</dt>
            <dd>{wo.vendor.company}</dd>
          </div>
        )}
        {wo.windowStart && wo.windowEnd && (
          <div>
            <dt className="font-semibold">{t("request.appointment")}</dt>
            <dd>
              {when(wo.windowStart)} – {when(wo.windowEnd, { timeStyle: "short" })}
            </dd>
          </div>
        )}
        {wo.resolutionDueAt && !wo.windowStart && ["NEW", "ASSIGNED"].includes(wo.status) && (
          <div>
            <dt className="font-semibold">{t("request.expectedFix")}</dt>
            <dd>{when(wo.resolutionDueAt)}</dd>
          </div>
        )}
      </dl>
      {isStatusIn(ACTIVE_STATUSES, wo.status) && (
        <AccessCodesForm trackingNumber={wo.trackingNumber} token={token} signedIn={false} />
      )}
      {wo.status === "SCHEDULED" && (
        <RescheduleForm
          trackingNumber={wo.trackingNumber}
          version={wo.version}
          pending={wo.rescheduleTimes}
          token={token}
        />
      )}
      {wo.status === "CLOSED" && !wo.ratedAt && <RateForm trackingNumber={wo.trackingNumber} token={token} />}
      {wo.status === "COMPLETED" && (
        <TenantConfirmForm trackingNumber={wo.trackingNumber} version={wo.version} token={token} />
      )}
      <PhotoStrip photos={wo.attachments} token={token} />
      {["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"].includes(wo.status) && (
        <AddPhotosForm trackingNumber={wo.trackingNumber} token={token} />
      )}
      <Timeline events={wo.events} timeZone={tz} />
      {["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"].includes(wo.status) && (
        <TenantMessageForm trackingNumber={wo.trackingNumber} token={token} />
      )}
      {wo.status === "NEW" && (
        <TenantCancelForm trackingNumber={wo.trackingNumber} version={wo.version} token={token} />
      )}
    </main>
  );
}
