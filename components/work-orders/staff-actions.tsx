"use client";

import { useActionState } from "react";
import { changeStatusAction, declineRescheduleAction } from "@/app/(staff)/dashboard/work-orders/actions";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import type { ActionState, FieldErrors } from "@/lib/errors";

type Vendor = { id: string; company: string; note: string };
type Props = { trackingNumber: number; version: number; status: WorkOrderStatus; allowed: WorkOrderStatus[]; vendors: Vendor[]; rescheduleTimes: string | null };
type Errors = FieldErrors;

function Field({ id, name, text, errors, type = "text", children }: { id: string; name: string; text: string; errors?: Errors[string]; type?: string; children?: React.ReactNode }) {
  const describedBy = errors?.length ? `${id}-error` : undefined;
  return (
    <div>
      <label htmlFor={id} className={label}>{text}</label>
      {children ?? (type === "textarea" ? (
        <textarea id={id} name={name} rows={3} className={input} aria-invalid={!!errors?.length} aria-describedby={describedBy} />
      ) : (
        <input id={id} name={name} type={type} className={input} aria-invalid={!!errors?.length} aria-describedby={describedBy} />
      ))}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** One form per move, each with its own state, so an error shows beside the form it belongs to. */
function MoveForm({ to, trackingNumber, version, submit, secondary, children }: {
  to: WorkOrderStatus; trackingNumber: number; version: number; submit: string; secondary?: boolean; children?: (e: Errors) => React.ReactNode;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeStatusAction, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      {children?.(state.fieldErrors ?? {})}
      <button className={secondary ? buttonSecondary : button} disabled={pending}>{submit}</button>
    </form>
  );
}

export function StaffActions({ trackingNumber, version, status, allowed, vendors, rescheduleTimes }: Props) {
  const common = { trackingNumber, version };
  const reassigning = status === "ASSIGNED" || status === "SCHEDULED";
  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-lg font-semibold">Actions</h2>
      {allowed.includes("ASSIGNED") && (
        <MoveForm to="ASSIGNED" {...common} submit={status === "NEW" ? "Assign" : reassigning ? "Reassign" : "Reopen"}>
          {(e) => (
            <>
              <Field id="vendorId" name="vendorId" text={status === "NEW" ? "Assign to vendor" : reassigning ? "Reassign to vendor" : "Reopen and assign to vendor"} errors={e.vendorId}>
                <select id="vendorId" name="vendorId" className={input} defaultValue="" aria-invalid={!!e.vendorId} aria-describedby={e.vendorId ? "vendorId-error" : undefined}>
                  <option value="" disabled>Choose a vendor…</option>
                  {vendors.map((v) => <option key={v.id} value={v.id}>{v.company}{v.note ? ` (${v.note})` : ""}</option>)}
                </select>
              </Field>
              {status !== "NEW" && <Field id="assign-reason" name="reason" text={reassigning ? "Reason for reassigning" : "Reason for reopening"} errors={e.reason} />}
            </>
          )}
        </MoveForm>
      )}
      {rescheduleTimes && <DeclineReschedule trackingNumber={trackingNumber} version={version} times={rescheduleTimes} />}
      {allowed.includes("SCHEDULED") && (
        <MoveForm to="SCHEDULED" {...common} submit={status === "SCHEDULED" ? "Reschedule" : "Schedule"}>
          {(e) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="windowStart" name="windowStart" type="datetime-local" text="Visit window starts" errors={e.windowStart} />
              <Field id="windowEnd" name="windowEnd" type="datetime-local" text="Visit window ends" errors={e.windowEnd} />
            </div>
          )}
        </MoveForm>
      )}
      {allowed.includes("COMPLETED") && (
        <MoveForm to="COMPLETED" {...common} submit="Mark completed">
          {(e) => <Field id="notes" name="notes" type="textarea" text="Completion notes" errors={e.notes} />}
        </MoveForm>
      )}
      {allowed.includes("CLOSED") && <MoveForm to="CLOSED" {...common} submit="Close request" />}
      {allowed.includes("CANCELLED") && (
        <MoveForm to="CANCELLED" {...common} submit="Cancel request" secondary>
          {(e) => <Field id="reason" name="reason" text="Reason for cancelling" errors={e.reason} />}
        </MoveForm>
      )}
    </section>
  );
}

/** The tenant asked for another time: the Reschedule form below accepts it; this says no, with a reason. */
function DeclineReschedule({ trackingNumber, version, times }: { trackingNumber: number; version: number; times: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(declineRescheduleAction, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border-2 border-sky-400 bg-sky-50 p-4" noValidate>
      <h3 className="font-semibold">The tenant asked for another time</h3>
      <p className="text-sm">Suits them: <strong>{times}</strong>. Set a new window with Reschedule below, or keep the booked one:</p>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <input type="hidden" name="version" value={version} />
      <Field id="decline-reason" name="reason" text="Reason for keeping the booked time (the tenant sees it)" errors={state.fieldErrors?.reason} />
      <button className={buttonSecondary} disabled={pending}>Keep the booked time</button>
    </form>
  );
}
