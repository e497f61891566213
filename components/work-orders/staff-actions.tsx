"use client";
// The status moves a manager may make from here; the server checks each one again.
import { changeStatusAction, declineRescheduleAction } from "@/lib/actions/work-order-status";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { Field, Select, StaffForm } from "./staff-form";

type Option = { value: string; label: string };
type Props = {
  trackingNumber: number;
  version: number;
  status: WorkOrderStatus;
  allowed: WorkOrderStatus[];
  assignees: Option[];
  rescheduleTimes: string | null;
};

export function StaffActions({ trackingNumber, version, status, allowed, assignees, rescheduleTimes }: Props) {
  const common = { trackingNumber, version, action: changeStatusAction };
  const reassigning = status === "ASSIGNED" || status === "SCHEDULED";
  const reopening = status === "COMPLETED" || status === "CLOSED";
  return (
    <div className="space-y-4">
      {allowed.includes("ASSIGNED") && !reopening && (
        <StaffForm {...common} hidden={{ to: "ASSIGNED" }} submit={status === "NEW" ? "Assign" : "Reassign"}>
          {(e) => (
            <>
              <Field
                id="assignee"
                name="assignee"
                text={reassigning ? "Reassign to vendor or technician" : "Assign to vendor or technician"}
                errors={e.vendorId ?? e.override}
              >
                <Select
                  id="assignee"
                  name="assignee"
                  errors={e.vendorId ?? e.override}
                  placeholder="Choose…"
                  options={assignees.map((o) => [o.value, o.label])}
                />
              </Field>
              {reassigning && (
                <Field id="assign-reason" name="reason" text="Reason for reassigning" errors={e.reason} />
              )}
            </>
          )}
        </StaffForm>
      )}
      {allowed.includes("ASSIGNED") && reopening && (
        <StaffForm
          {...common}
          hidden={{ to: "REOPEN" }}
          submit="Reopen"
          secondary
          title="Reopen (same vendor or technician)"
        >
          {(e) => <Field id="reopen-reason" name="reason" text="Reason for reopening" errors={e.reason} />}
        </StaffForm>
      )}
      {rescheduleTimes && (
        <StaffForm
          action={declineRescheduleAction}
          trackingNumber={trackingNumber}
          version={version}
          submit="Keep the booked time"
          secondary
          className="space-y-3 rounded-lg border-2 border-sky-400 bg-sky-50 p-4"
          title="The tenant asked for another time"
        >
          {(e) => (
            <>
              <p className="text-sm">
                Suits them: <strong>{rescheduleTimes}</strong>. Set a new window with Reschedule below, or keep the
                booked one:
              </p>
              <Field
                id="decline-reason"
                name="reason"
                text="Reason for keeping the booked time (the tenant sees it)"
                errors={e.reason}
              />
            </>
          )}
        </StaffForm>
      )}
      {allowed.includes("SCHEDULED") && (
        <StaffForm {...common} hidden={{ to: "SCHEDULED" }} submit={status === "SCHEDULED" ? "Reschedule" : "Schedule"}>
          {(e) => (
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
              <Field
                id="windowStart"
                name="windowStart"
                type="datetime-local"
                text="Visit window starts"
                errors={e.windowStart}
              />
              <Field
                id="windowEnd"
                name="windowEnd"
                type="datetime-local"
                text="Visit window ends"
                errors={e.windowEnd}
              />
            </div>
          )}
        </StaffForm>
      )}
      {allowed.includes("COMPLETED") && (
        <StaffForm {...common} hidden={{ to: "COMPLETED" }} submit="Mark completed">
          {(e) => (
            <>
              <Field id="notes" name="notes" type="textarea" text="Completion notes" errors={e.notes} />
              <Field
                id="actualCost"
                name="actualCost"
                text="Actual cost in dollars (optional)"
                hint="For example 240.50"
                errors={e.actualCost}
              />
              <Field id="afterPhotos" name="afterPhotos" text="After photos (optional)" errors={e.afterPhotos}>
                <input
                  id="afterPhotos"
                  name="afterPhotos"
                  type="file"
                  multiple
                  accept="image/*,video/*"
                  className="mt-1 block w-full text-sm"
                  aria-invalid={!!e.afterPhotos}
                  aria-describedby={e.afterPhotos ? "afterPhotos-error" : undefined}
                />
              </Field>
            </>
          )}
        </StaffForm>
      )}
      {allowed.includes("CLOSED") && <StaffForm {...common} hidden={{ to: "CLOSED" }} submit="Close request" />}
      {allowed.includes("CANCELLED") && (
        <StaffForm {...common} hidden={{ to: "CANCELLED" }} submit="Cancel request" secondary>
          {(e) => <Field id="reason" name="reason" text="Reason for cancelling" errors={e.reason} />}
        </StaffForm>
      )}
    </div>
  );
}
