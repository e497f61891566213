"use client";
// Actions that keep the status: acknowledge, put on hold or release, change priority.
import {
  acknowledgeAction,
  changePriorityAction,
  placeHoldAction,
  releaseHoldAction,
} from "@/lib/actions/work-order-staff";
import type { Priority } from "@/lib/db/generated/enums";
import { Field, Select, StaffForm } from "./staff-form";

const PRIORITIES: [Priority, string][] = [
  ["EMERGENCY", "Emergency"],
  ["URGENT", "Urgent"],
  ["ROUTINE", "Routine"],
  ["LOW", "Low"],
];

type Props = {
  trackingNumber: number;
  version: number;
  open: boolean;
  priority: Priority;
  onHold: boolean;
  holdReasons: [string, string][];
};

/** First response without assigning yet: meets the response target and tells the tenant. */
export function AcknowledgeForm({ trackingNumber, version }: { trackingNumber: number; version: number }) {
  return (
    <StaffForm
      trackingNumber={trackingNumber}
      version={version}
      action={acknowledgeAction}
      submit="Acknowledge"
      title="Seen it? Tell the tenant"
    />
  );
}

export function StaffSideActions({ trackingNumber, version, open, priority, onHold, holdReasons }: Props) {
  const common = { trackingNumber, version };
  if (!open) return null;
  return (
    <div className="space-y-4">
      {onHold ? (
        <StaffForm {...common} action={releaseHoldAction} submit="Release hold" secondary />
      ) : (
        <StaffForm {...common} action={placeHoldAction} submit="Put on hold" secondary title="Put on hold">
          {(e) => (
            <>
              <Field id="holdReason" name="holdReason" text="Waiting for" errors={e.holdReason}>
                <Select
                  id="holdReason"
                  name="holdReason"
                  errors={e.holdReason}
                  placeholder="Choose…"
                  options={holdReasons}
                />
              </Field>
              <Field id="holdNote" name="holdNote" text="Note (staff only)" errors={e.holdNote} />
            </>
          )}
        </StaffForm>
      )}
      <StaffForm {...common} action={changePriorityAction} submit="Change priority" secondary title="Priority">
        {(e) => (
          <>
            <Field id="priority" name="priority" text="New priority" errors={e.priority}>
              <Select id="priority" name="priority" errors={e.priority} options={PRIORITIES} initial={priority} />
            </Field>
            <Field id="priority-reason" name="reason" text="Reason for the change" errors={e.reason} />
          </>
        )}
      </StaffForm>
    </div>
  );
}
