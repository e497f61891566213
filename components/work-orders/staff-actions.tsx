"use client";

import { useActionState } from "react";
import { changeStatusAction } from "@/app/(staff)/dashboard/work-orders/actions";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import type { ActionState } from "@/lib/errors";

type Vendor = { id: string; company: string; note: string };
type Props = { trackingNumber: number; version: number; status: WorkOrderStatus; allowed: WorkOrderStatus[]; vendors: Vendor[] };

function Field({ id, name, text, errors, type = "text", children }: { id: string; name: string; text: string; errors?: string[]; type?: string; children?: React.ReactNode }) {
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

export function StaffActions({ trackingNumber, version, status, allowed, vendors }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeStatusAction, {});
  const e = state.fieldErrors ?? {};
  const hidden = (to: WorkOrderStatus) => (
    <>
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
    </>
  );
  const box = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-lg font-semibold">Actions</h2>
      <FormMessage message={state.message} ok={state.ok} />
      {allowed.includes("ASSIGNED") && (
        <form action={action} className={box} noValidate>
          {hidden("ASSIGNED")}
          <Field id="vendorId" name="vendorId" text={status === "NEW" ? "Assign to vendor" : "Reassign to vendor"} errors={e.vendorId}>
            <select id="vendorId" name="vendorId" className={input} defaultValue="" aria-invalid={!!e.vendorId} aria-describedby={e.vendorId ? "vendorId-error" : undefined}>
              <option value="" disabled>Choose a vendor…</option>
              {vendors.map((v) => <option key={v.id} value={v.id}>{v.company}{v.note ? ` (${v.note})` : ""}</option>)}
            </select>
          </Field>
          {status !== "NEW" && <Field id="assign-reason" name="reason" text="Reason for reassigning" />}
          <button className={button} disabled={pending}>{status === "NEW" ? "Assign" : "Reassign"}</button>
        </form>
      )}
      {allowed.includes("SCHEDULED") && (
        <form action={action} className={box} noValidate>
          {hidden("SCHEDULED")}
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="windowStart" name="windowStart" type="datetime-local" text="Visit window starts" errors={e.windowStart} />
            <Field id="windowEnd" name="windowEnd" type="datetime-local" text="Visit window ends" errors={e.windowEnd} />
          </div>
          <button className={button} disabled={pending}>{status === "SCHEDULED" ? "Reschedule" : "Schedule"}</button>
        </form>
      )}
      {allowed.includes("COMPLETED") && (
        <form action={action} className={box} noValidate>
          {hidden("COMPLETED")}
          <Field id="notes" name="notes" type="textarea" text="Completion notes" errors={e.notes} />
          <button className={button} disabled={pending}>Mark completed</button>
        </form>
      )}
      {allowed.includes("CLOSED") && (
        <form action={action} className={box}>
          {hidden("CLOSED")}
          <button className={button} disabled={pending}>Close request</button>
        </form>
      )}
      {allowed.includes("CANCELLED") && (
        <form action={action} className={box} noValidate>
          {hidden("CANCELLED")}
          <Field id="reason" name="reason" text="Reason for cancelling" errors={e.reason} />
          <button className={buttonSecondary} disabled={pending}>Cancel request</button>
        </form>
      )}
    </section>
  );
}
