import type { Metadata } from "next";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { EstimatesPanel } from "@/components/approvals/estimates-panel";
import { ResendJobLink } from "@/components/jobs/resend-job-link";
import { approvedEstimate, costVariance } from "@/lib/approvals/cost-variance";
import { approvalContext } from "@/lib/approvals/owner-approval";
import { AssignSuggestions } from "@/components/work-orders/assign-suggestions";
import { PhotoStrip } from "@/components/work-orders/photo-strip";
import { FailedFlag } from "@/components/notifications/failed-flag";
import { RepeatIssuesNote } from "@/components/work-orders/repeat-issues-note";
import { SentMessages } from "@/components/work-orders/sent-messages";
import { SlaSummary } from "@/components/work-orders/sla-summary";
import { StaffActions } from "@/components/work-orders/staff-actions";
import { StaffDetails } from "@/components/work-orders/staff-details";
import { StaffMessageForms } from "@/components/work-orders/staff-message-forms";
import { StaffMessages } from "@/components/work-orders/staff-messages";
import { AcknowledgeForm, StaffSideActions } from "@/components/work-orders/staff-side-actions";
import { ResponsibleForm } from "@/components/work-orders/responsible-form";
import { PriorityBadge, StatusBadge } from "@/components/work-orders/status-badge";
import { Timeline } from "@/components/work-orders/timeline";
import { can } from "@/lib/auth/permissions";
import { pageActor } from "@/lib/auth/session";
import { approvalLimitsOf, callerOrganization, estimatesWithDecisions } from "@/lib/work-orders/page-reads";
import { formatInZone } from "@/lib/time";
import { HOLD_REASONS } from "@/lib/work-orders/place-hold";
import { getWorkOrder, listInvoices } from "@/lib/work-orders/queries";
import { rankVendors, type Suggestion } from "@/lib/work-orders/rank-vendors";
import type { T } from "@/lib/i18n/translate";
import { repeatIssues } from "@/lib/work-orders/repeat-issues";
import { responsibleCandidates } from "@/lib/work-orders/responsible";
import { staffView } from "@/lib/work-orders/staff-view";
import {
  ACTIVE_STATUSES,
  ASSIGNED_STATUSES,
  DONE_STATUSES,
  isStatusIn,
  nextStatuses,
  STATUS_LABEL,
} from "@/lib/work-orders/transitions";
import { vendorCandidates } from "@/lib/vendors/vendor-candidates";
import { holdNoteMsg } from "@/lib/approvals/system-notes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("staffWo.metaTitle") };
}

/** The banner after a step (`?done=`): a status reached, or one of the steps that keep it. */
const DONE_STEPS = ["ACK", "PRIORITY", "HOLD", "RELEASE", "REPLY", "NOTE", "LINK", "RESPONSIBLE"];
function doneText(done: string | undefined, t: T): string | null {
  if (!done) return null;
  if (Object.hasOwn(STATUS_LABEL, done))
    return t("staffWo.done.status", { status: t(`status.${done}` as MessageKey).toLowerCase() });
  return DONE_STEPS.includes(done) ? t(`staffWo.done.${done}` as MessageKey) : null;
}

/** Why a name is in the plain assign list: blocked (what blocks it), preferred, in-house, backup or other trade. */
function assigneeWhy(s: Suggestion, t: T): string {
  if (s.blocked)
    return s.blocked
      .map((m) => t(m))
      .join("; ")
      .toLowerCase();
  const why = { preferred: "preferred", "in-house": "inHouse", backup: "backup", other: "otherTrade" } as const;
  return t(`staffWo.why.${why[s.fit]}`);
}
const OPEN = ACTIVE_STATUSES;

export default async function WorkOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { number } = await params;
  const { done } = await searchParams;
  const { t, locale } = await getT();
  const actor = await pageActor("work-order:manage", `/dashboard/work-orders/${number}`);
  const n = Number(number);
  const wo = Number.isSafeInteger(n) && n > 0 ? await getWorkOrder(actor, n) : null;
  if (!wo) notFound();
  const now = new Date();
  const org = await callerOrganization(actor);
  const [view, candidates, repeats, estimates, limits, invoices, responsibles] = await Promise.all([
    staffView(actor, wo),
    vendorCandidates(actor, wo, now, org.timeZone),
    repeatIssues(actor, wo, now, org),
    estimatesWithDecisions(wo.id),
    approvalLimitsOf(wo.propertyId),
    listInvoices(actor, wo.id),
    responsibleCandidates(wo.orgId, wo.propertyId),
  ]);
  const category = categoryName(wo.category.name, locale); // as the reader says it; custom ones as typed
  const fmt = (d: Date | null) => (d ? formatInZone(d, org.timeZone, undefined, locale) : "—");
  const banner = doneText(done, t);
  const allowed = nextStatuses(wo.status, actor.role).filter((s) => s !== "NEW");
  const assigning = allowed.includes("ASSIGNED") && OPEN.includes(wo.status);
  const suggestions = rankVendors({
    candidates,
    category,
    property: wo.property.name,
    now,
    timeZone: org.timeZone,
    locale,
  });
  const reporter =
    wo.reporter ??
    (wo.reporterName ? { name: wo.reporterName, email: wo.reporterEmail, phone: wo.reporterPhone } : null);
  const people = [
    ...(reporter ? [reporter] : []),
    ...(view?.tenants ?? []).map((t) => t.user).filter((u) => u.email !== reporter?.email),
  ];
  return (
    <main className="mx-auto max-w-7xl px-4 py-6">
      {banner && (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {banner}
        </p>
      )}
      <h1 className="text-2xl font-bold">{t("staffWo.heading", { n: String(wo.trackingNumber) })}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={wo.status} /> <PriorityBadge priority={wo.priority} />
        {wo.holdReason && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
            {t("staffWo.onHold", { reason: `staffWo.hold.${wo.holdReason}` })}
            {wo.holdNote && ` (${t(holdNoteMsg(wo.holdNote))})`}
          </span>
        )}
      </p>
      <FailedFlag
        trackingNumber={wo.trackingNumber}
        count={(view?.outbox ?? []).filter((m) => m.status === "FAILED").length}
      />
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0 space-y-6">
          <RepeatIssuesNote
            earlier={repeats.earlier}
            callbacks={repeats.callbacks}
            category={category}
            unit={wo.unit.label}
            timeZone={org.timeZone}
          />
          <StaffDetails
            trackingNumber={wo.trackingNumber}
            property={wo.property.name}
            unit={wo.unit.label}
            category={category}
            description={wo.description}
            people={people}
            reporterNote={!wo.reporter && wo.reporterName ? t("staffWo.reportedByQr") : undefined}
            contactMethod={wo.contactMethod}
            permissionToEnter={wo.permissionToEnter}
            pets={wo.pets}
            preferredTimes={wo.preferredTimes}
            hasGate={!!wo.gateCodeEnc}
            hasLockbox={!!wo.lockboxCodeEnc}
            assignee={
              wo.vendor?.company ?? (wo.technician ? t("staffWo.inHouseName", { name: wo.technician.name }) : null)
            }
            appointment={wo.windowStart ? `${fmt(wo.windowStart)} – ${fmt(wo.windowEnd)}` : null}
          />
          <SlaSummary wo={wo} now={now} fmt={fmt} />
          <PhotoStrip photos={wo.attachments} />
          {invoices.length > 0 && (
            <section aria-labelledby="invoices-heading">
              <h2 id="invoices-heading" className="text-lg font-semibold">
                {t("staffWo.invoices")}
              </h2>
              <ul className="mt-2 space-y-1">
                {invoices.map((i) => (
                  <li key={i.id}>
                    <a className="font-semibold text-brand underline" href={`/api/files/${i.id}`}>
                      {i.fileName}
                    </a>{" "}
                    <span className="text-sm text-slate-600">· {fmt(i.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <StaffMessages messages={view?.messages ?? []} fmt={fmt} />
          {OPEN.includes(wo.status) || wo.status === "COMPLETED" ? (
            <StaffMessageForms trackingNumber={wo.trackingNumber} version={wo.version} />
          ) : null}
          <Timeline events={wo.events} timeZone={org.timeZone} />
          <SentMessages rows={view?.outbox ?? []} fmt={fmt} />
        </div>
        <aside aria-labelledby="actions-heading" className="space-y-4">
          <h2 id="actions-heading" className="text-lg font-semibold">
            {t("staffWo.actions")}
          </h2>
          <ResponsibleForm
            trackingNumber={wo.trackingNumber}
            version={wo.version}
            current={wo.responsible}
            people={responsibles}
            open={OPEN.includes(wo.status) || wo.status === "COMPLETED"}
          />
          {OPEN.includes(wo.status) && !wo.firstResponseAt && (
            <AcknowledgeForm trackingNumber={wo.trackingNumber} version={wo.version} />
          )}
          {assigning && (
            <AssignSuggestions
              trackingNumber={wo.trackingNumber}
              version={wo.version}
              suggestions={suggestions}
              needsReason={wo.status !== "NEW"}
              canOverride={can(actor, "work-order:override-compliance")}
            />
          )}
          <StaffActions
            trackingNumber={wo.trackingNumber}
            version={wo.version}
            status={wo.status}
            allowed={allowed}
            rescheduleTimes={wo.rescheduleTimes}
            assignees={suggestions.map((s) => ({
              value: `${s.kind}:${s.id}`,
              label: t("staffWo.assigneeOption", { name: s.name, why: assigneeWhy(s, t) }),
            }))}
          />
          <EstimatesPanel
            trackingNumber={wo.trackingNumber}
            estimates={estimates}
            canAdd={can(actor, "estimate:add")}
            canApprove={can(actor, "estimate:approve")}
            open={OPEN.includes(wo.status)}
            rules={approvalContext({ priority: wo.priority, org, property: limits })}
            variance={
              isStatusIn(DONE_STATUSES, wo.status)
                ? costVariance(wo.actualCostCents, approvedEstimate(estimates)?.amountCents)
                : null
            }
          />
          {wo.vendor && isStatusIn(ASSIGNED_STATUSES, wo.status) && (
            <ResendJobLink trackingNumber={wo.trackingNumber} version={wo.version} vendor={wo.vendor.company} />
          )}
          <StaffSideActions
            trackingNumber={wo.trackingNumber}
            version={wo.version}
            open={OPEN.includes(wo.status)}
            priority={wo.priority}
            onHold={!!wo.holdReason}
            holdReasons={Object.keys(HOLD_REASONS).map((k): [string, string] => [
              k,
              t(`staffWo.hold.${k}` as MessageKey),
            ])}
          />
        </aside>
      </div>
    </main>
  );
}
