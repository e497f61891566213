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
  ["EMERGENCY", "priority.EMERGENCY"],
  ["URGENT", "priority.URGENT"],
  ["ROUTINE", "priority.ROUTINE"],
  ["LOW", "priority.LOW"],
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
      submit="staffWo.acknowledge"
      title="staffWo.acknowledgeTitle"
    />
  );
}

export function StaffSideActions({ trackingNumber, version, open, priority, onHold, holdReasons }: Props) {
  const common = { trackingNumber, version };
  if (!open) return null;
  return (
    <div className="space-y-4">
      {onHold ? (
        <StaffForm {...common} action={releaseHoldAction} submit="staffWo.releaseHold" secondary />
      ) : (
        <StaffForm {...common} action={placeHoldAction} submit="staffWo.putOnHold" secondary title="staffWo.putOnHold">
          {(e) => (
            <>
              <Field id="holdReason" name="holdReason" text="staffWo.waitingFor" errors={e.holdReason}>
                <Select
                  id="holdReason"
                  name="holdReason"
                  errors={e.holdReason}
                  placeholder="staffWo.choose"
                  options={holdReasons}
                />
              </Field>
              <Field id="holdNote" name="holdNote" text="staffWo.holdNote" errors={e.holdNote} />
            </>
          )}
        </StaffForm>
      )}
      <StaffForm
        {...common}
        action={changePriorityAction}
        submit="staffWo.changePriority"
        secondary
        title="staffWo.priority"
      >
        {(e) => (
          <>
            <Field id="priority" name="priority" text="staffWo.newPriority" errors={e.priority}>
              <Select id="priority" name="priority" errors={e.priority} options={PRIORITIES} initial={priority} />
            </Field>
            <Field id="priority-reason" name="reason" text="staffWo.priorityReason" errors={e.reason} />
          </>
        )}
      </StaffForm>
    </div>
  );
}
