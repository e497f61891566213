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
  messageOfficeAction,
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
  return (
    <StaffForm
      action={runningLateAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit="Tell the tenant"
      secondary
      title="Running late?"
    >
      {(e) => (
        <Field id="minutes" name="minutes" text="About how late?" errors={e.minutes}>
          <Select
            id="minutes"
            name="minutes"
            errors={e.minutes}
            initial="30"
            options={[
              ["15", "15 minutes"],
              ["30", "30 minutes"],
              ["45", "45 minutes"],
              ["60", "1 hour"],
              ["90", "1½ hours"],
              ["120", "2 hours"],
            ]}
          />
        </Field>
      )}
    </StaffForm>
  );
}

export function ProposeWindowForm({ cred, moving }: { cred: Cred; moving: boolean }) {
  return (
    <StaffForm
      action={proposeWindowAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit={moving ? "Move the visit" : "Book the visit"}
      secondary={moving}
      title={moving ? "Need another time?" : "When can you go?"}
    >
      {(e) => (
        <>
          <Field id="day" name="day" type="date" text="Day" errors={e.day} />
          <div className="grid grid-cols-2 gap-3">
            <Field id="from" name="from" type="time" text="Arrive from" errors={e.from} />
            <Field id="to" name="to" type="time" text="Arrive by" errors={e.to ?? e.windowEnd} />
          </div>
          <p className="text-xs text-slate-600">The tenant sees this window and gets a reminder the day before.</p>
        </>
      )}
    </StaffForm>
  );
}

export function DeclineForm({ cred }: { cred: Cred }) {
  return (
    <StaffForm
      action={declineAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit="Give the job back"
      secondary
      title="Can't take it?"
    >
      {(e) => <Field id="reason" name="reason" type="textarea" text="Why (the office reads this)" errors={e.reason} />}
    </StaffForm>
  );
}

/** The invoice's amount and file, with the completion (optional) or on their own. */
function InvoiceFields({ e, optional = false }: { e: FieldErrors; optional?: boolean }) {
  const opt = optional ? " (optional)" : "";
  return (
    <>
      <Field
        id="invoiceAmount"
        name="invoiceAmount"
        text={`Invoice amount, $${opt}`}
        hint="Like 240.50"
        errors={e.invoiceAmount}
      />
      <Field id="invoice" name="invoice" text={`Invoice, PDF or photo${opt}`} errors={e.invoice}>
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
  return (
    <StaffForm
      action={completeAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit="Mark the job complete"
      title="Finished?"
    >
      {(e) => (
        <>
          <Field id="notes" name="notes" type="textarea" text="What was done" errors={e.notes} />
          <Field id="afterPhotos" name="afterPhotos" text="After photos (optional)" errors={e.afterPhotos}>
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
  return (
    <StaffForm
      action={sendInvoiceAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit="Send the invoice"
      title="Send your invoice"
    >
      {(e) => (
        <>
          <InvoiceFields e={e} />
        </>
      )}
    </StaffForm>
  );
}

export function MessageOfficeForm({ cred }: { cred: Cred }) {
  return (
    <StaffForm
      action={messageOfficeAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit="Send to the office"
      secondary
      title="Message the office"
    >
      {(e) => (
        <Field id="body" name="body" type="textarea" text="Your message (the tenant does not see it)" errors={e.body} />
      )}
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
  return (
    <StaffForm
      action={estimateAction}
      trackingNumber={cred.trackingNumber}
      version={cred.version}
      hidden={hidden(cred)}
      submit="Send the estimate"
      secondary
      title="Needs more work? Send an estimate"
    >
      {(e) => (
        <>
          <Field id="amount" name="amount" text="Amount, $" hint="Like 750.00" errors={e.amount} />
          <Field id="description" name="description" type="textarea" text="What it covers" errors={e.description} />
          <Field id="validUntil" name="validUntil" type="date" text="Valid until (optional)" errors={e.validUntil} />
        </>
      )}
    </StaffForm>
  );
}
