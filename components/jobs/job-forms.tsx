"use client";
// The job's buttons and forms, one-handed at 375 px: big targets, the next step first. Each form
// carries either the vendor's link token or (a signed-in technician) nothing but the job's number.
import { useActionState } from "react";
import {
  acceptAction,
  arrivedAction,
  completeAction,
  estimateAction,
  confirmWindowAction,
  declineAction,
  jobMessageAction,
  onMyWayAction,
  proposeWindowAction,
  revealJobCodeAction,
  runningLateAction,
  sendInvoiceAction,
} from "@/lib/actions/job";
import { CodeReveal } from "@/components/work-orders/access-codes";
import { FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input } from "@/components/ui/styles";
import { Field, Select, StaffForm, type Act } from "@/components/work-orders/staff-form";
import { useI18n } from "@/components/i18n/provider";
import type { ActionState, FieldErrors } from "@/lib/errors";

export type Cred = { token?: string; trackingNumber: number; version: number };

const hidden = (c: Cred): Record<string, string> => (c.token ? { token: c.token } : {});

/** One tap, no fields: accept, on my way, arrived, confirm the window. */
export function TapButton({
  cred,
  act,
  text,
  secondary,
}: {
  cred: Cred;
  act: "accept" | "onMyWay" | "arrived" | "confirm";
  text: string;
  secondary?: boolean;
}) {
  const action: Act = {
    accept: acceptAction,
    onMyWay: onMyWayAction,
    arrived: arrivedAction,
    confirm: confirmWindowAction,
  }[act];
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="trackingNumber" value={cred.trackingNumber} />
      {cred.token && <input type="hidden" name="token" value={cred.token} />}
      <FormMessage message={state.message} ok={state.ok} />
      <button className={`${secondary ? buttonSecondary : button} w-full`} disabled={pending}>
        {text}
      </button>
    </form>
  );
}

export function RunningLateForm({ cred }: { cred: Cred }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={runningLateAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t("jobView.late.submit")}
      secondary
      title={t("jobView.late.title")}
    >
      {(e) => (
        <Field id="minutes" name="minutes" text={t("jobView.late.howLate")} errors={e.minutes}>
          <Select
            id="minutes"
            name="minutes"
            errors={e.minutes}
            initial="30"
            options={[
              ["15", t("jobView.late.minutes", { n: 15 })],
              ["30", t("jobView.late.minutes", { n: 30 })],
              ["45", t("jobView.late.minutes", { n: 45 })],
              ["60", t("jobView.late.hour")],
              ["90", t("jobView.late.hourHalf")],
              ["120", t("jobView.late.hours", { n: 2 })],
            ]}
          />
        </Field>
      )}
    </StaffForm>
  );
}

export function ProposeWindowForm({ cred, moving }: { cred: Cred; moving: boolean }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={proposeWindowAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t(moving ? "jobView.window.move" : "jobView.window.book")}
      secondary={moving}
      title={t(moving ? "jobView.window.anotherTitle" : "jobView.window.whenTitle")}
    >
      {(e) => (
        <>
          <Field id="day" name="day" type="date" text={t("jobView.window.day")} errors={e.day} />
          <div className="grid grid-cols-2 gap-3">
            <Field id="from" name="from" type="time" text={t("jobView.window.from")} errors={e.from} />
            <Field id="to" name="to" type="time" text={t("jobView.window.to")} errors={e.to ?? e.windowEnd} />
          </div>
          <p className="text-xs text-slate-600">{t("jobView.window.hint")}</p>
        </>
      )}
    </StaffForm>
  );
}

export function DeclineForm({ cred }: { cred: Cred }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={declineAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t("jobView.decline.submit")}
      secondary
      title={t("jobView.decline.title")}
    >
      {(e) => <Field id="reason" name="reason" type="textarea" text={t("jobView.decline.reason")} errors={e.reason} />}
    </StaffForm>
  );
}

/** The invoice's amount and file, with the completion (optional) or on their own. */
function InvoiceFields({ e, optional = false }: { e: FieldErrors; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Field
        id="invoiceAmount"
        name="invoiceAmount"
        text={t(optional ? "jobView.invoice.amountOptional" : "jobView.invoice.amount")}
        hint={t("jobView.invoice.amountHint")}
        errors={e.invoiceAmount}
      />
      <Field
        id="invoice"
        name="invoice"
        text={t(optional ? "jobView.invoice.fileOptional" : "jobView.invoice.file")}
        errors={e.invoice}
      >
        <input
          id="invoice"
          name="invoice"
          type="file"
          accept="application/pdf,image/*"
          className={input}
          aria-describedby={e.invoice?.length ? "invoice-error" : undefined}
        />
      </Field>
    </>
  );
}

export function CompleteForm({ cred }: { cred: Cred }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={completeAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t("jobView.complete.submit")}
      title={t("jobView.complete.title")}
    >
      {(e) => (
        <>
          <Field id="notes" name="notes" type="textarea" text={t("jobView.complete.notes")} errors={e.notes} />
          <Field id="afterPhotos" name="afterPhotos" text={t("jobView.complete.photos")} errors={e.afterPhotos}>
            <input
              id="afterPhotos"
              name="afterPhotos"
              type="file"
              accept="image/*"
              multiple
              className={input}
              aria-describedby={e.afterPhotos?.length ? "afterPhotos-error" : undefined}
            />
          </Field>
          <InvoiceFields e={e} optional />
        </>
      )}
    </StaffForm>
  );
}

export function InvoiceForm({ cred }: { cred: Cred }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={sendInvoiceAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t("jobView.invoice.submit")}
      title={t("jobView.invoice.title")}
    >
      {(e) => (
        <>
          <InvoiceFields e={e} />
        </>
      )}
    </StaffForm>
  );
}

/** A message on the job's conversation; what was typed stays when it is refused. */
export function JobMessageForm({ cred }: { cred: Cred }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={jobMessageAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t("jobView.message.submit")}
      secondary
      className="space-y-3"
    >
      {(e) => <Field id="body" name="body" type="textarea" text={t("jobView.message.body")} errors={e.body} />}
    </StaffForm>
  );
}

/** A code stays on the server until tapped; the tap is logged and the tenant sees who looked. */
export function RevealCode({ cred, which, name }: { cred: Cred; which: "gate" | "lockbox"; name: string }) {
  const reveal = () => {
    const fd = new FormData();
    fd.set("which", which);
    fd.set("trackingNumber", String(cred.trackingNumber));
    if (cred.token) fd.set("token", cred.token);
    return revealJobCodeAction(fd);
  };
  return <CodeReveal name={name} reveal={reveal} />;
}

export function EstimateForm({ cred }: { cred: Cred }) {
  const { t } = useI18n();
  return (
    <StaffForm
      action={estimateAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={t("jobView.estimate.submit")}
      secondary
      title={t("jobView.estimate.title")}
    >
      {(e) => (
        <>
          <Field
            id="amount"
            name="amount"
            text={t("jobView.estimate.amount")}
            hint={t("jobView.estimate.amountHint")}
            errors={e.amount}
          />
          <Field
            id="description"
            name="description"
            type="textarea"
            text={t("jobView.estimate.covers")}
            errors={e.description}
          />
          <Field
            id="validUntil"
            name="validUntil"
            type="date"
            text={t("jobView.estimate.validUntil")}
            errors={e.validUntil}
          />
        </>
      )}
    </StaffForm>
  );
}
