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
import { pageActor } from "@/lib/auth/session";
import { afterHoursOf, callerOrganization } from "@/lib/work-orders/page-reads";
import { AfterHoursNotice } from "@/components/work-orders/after-hours-notice";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { ACTIVE_STATUSES, isStatusIn } from "@/lib/work-orders/transitions";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("request.title", { number: (await params).number }) };
}

type Search = {
  submitted?: string;
  added?: string;
  sent?: string;
  rescheduled?: string;
  photos?: string;
  codes?: string;
};

const Banner = ({ children }: { children: React.ReactNode }) => (
  <div role="status" className="mb-6 rounded-lg border border-green-300 bg-green-50 p-4">
    {children}
  </div>
);

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<Search>;
}) {
  const { number } = await params;
  const { submitted, added, sent, rescheduled, photos, codes } = await searchParams;
  const actor = await pageActor("request:view-own", `/requests/${number}`);
  const n = Number(number);
  const wo = Number.isSafeInteger(n) && n > 0 ? await getWorkOrder(actor, n) : null;
  if (!wo) notFound();
  const now = new Date(); // this page's one reading of the clock
  const [org, { t, locale }, afterHours] = await Promise.all([
    callerOrganization(actor),
    getT(),
    submitted ? afterHoursOf(actor.orgId, now) : null,
  ]);
  const when = (d: Date, opts?: Intl.DateTimeFormatOptions) => formatInZone(d, org.timeZone, opts, locale);
  const num = String(wo.trackingNumber);
  const access = [
    t(wo.permissionToEnter ? "request.okToEnter" : "request.mustBeHome"),
    wo.gateCodeEnc && t("request.gateOnFile"),
    wo.lockboxCodeEnc && t("request.lockboxOnFile"),
    wo.pets && t("request.petsAre", { pets: wo.pets }),
    wo.preferredTimes && t("request.bestTimes", { times: wo.preferredTimes }),
  ].filter(Boolean);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      {submitted && (
        <Banner>
          <p className="text-lg font-semibold">{t("request.received", { number: num })}</p>
          <p className="mt-1 text-sm">{t("next.NEW")}</p>
          {wo.responseDueAt && (
            <p className="mt-1 text-sm">{t("request.expectedBy", { when: when(wo.responseDueAt) })}</p>
          )}
        </Banner>
      )}
      {afterHours && wo.priority !== "EMERGENCY" && <AfterHoursNotice info={afterHours} />}
      {wo.priority === "EMERGENCY" && isStatusIn(ACTIVE_STATUSES, wo.status) && (
        <div className="mb-6">
          <EmergencyHelp hotline={org.emergencyHotline} kinds={detectEmergency(wo.description).kinds} afterSubmit />
        </div>
      )}
      {added && <Banner>{t("request.added", { number: num })}</Banner>}
      {sent && <Banner>{t("request.sent")}</Banner>}
      {photos && <Banner>{t("request.photosAdded")}</Banner>}
      {codes && <Banner>{t("codes.done")}</Banner>}
      {rescheduled && wo.rescheduleTimes && <Banner>{t("request.rescheduleSent")}</Banner>}
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
          <dt className="font-semibold">{t("request.unit")}</dt>
          <dd>
            {wo.property.name} {wo.unit.label}
          </dd>
        </div>
        {(wo.vendor || wo.technician) && (
          <div>
            <dt className="font-semibold">{t("request.assignedTo")}</dt>
            <dd>{wo.vendor?.company ?? wo.technician?.name}</dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{t("request.access")}</dt>
          <dd>{access.join(" · ")}</dd>
        </div>
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
      {isStatusIn(ACTIVE_STATUSES, wo.status) && <AccessCodesForm trackingNumber={wo.trackingNumber} signedIn />}
      {wo.status === "SCHEDULED" && (
        <RescheduleForm trackingNumber={wo.trackingNumber} version={wo.version} pending={wo.rescheduleTimes} />
      )}
      {wo.status === "CLOSED" && !wo.ratedAt && <RateForm trackingNumber={wo.trackingNumber} />}
      {wo.status === "COMPLETED" && <TenantConfirmForm trackingNumber={wo.trackingNumber} version={wo.version} />}
      <PhotoStrip photos={wo.attachments} />
      {["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"].includes(wo.status) && (
        <AddPhotosForm trackingNumber={wo.trackingNumber} />
      )}
      <Timeline events={wo.events} timeZone={org.timeZone} />
      {["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED"].includes(wo.status) && (
        <TenantMessageForm trackingNumber={wo.trackingNumber} />
      )}
      {wo.status === "NEW" && wo.reporterId === actor.userId && (
        <TenantCancelForm trackingNumber={wo.trackingNumber} version={wo.version} />
      )}
    </main>
  );
}
