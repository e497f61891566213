"use client";
// Actions that keep the status: acknowledge, change priority, put on hold or release.
import { acknowledgeAction, changePriorityAction, placeHoldAction, releaseHoldAction } from "@/app/(staff)/dashboard/work-orders/work-actions";
import { input } from "@/components/ui/styles";
import type { Priority } from "@/lib/db/generated/enums";
import { Field, StaffForm } from "./staff-form";

const PRIORITIES: [Priority, string][] = [["EMERGENCY", "Emergency"], ["URGENT", "Urgent"], ["ROUTINE", "Routine"], ["LOW", "Low"]];

type Props = { trackingNumber: number; version: number; open: boolean; acknowledged: boolean; priority: Priority; onHold: boolean; holdReasons: [string, string][] };

export function StaffSideActions({ trackingNumber, version, open, acknowledged, priority, onHold, holdReasons }: Props) {
  const common = { trackingNumber, version };
  if (!open) return null;
  return (
    <div className="space-y-4">
      {!acknowledged && <StaffForm {...common} action={acknowledgeAction} submit="Acknowledge" title="Seen it? Tell the tenant" />}
      {onHold ? (
        <StaffForm {...common} action={releaseHoldAction} submit="Release hold" secondary />
      ) : (
        <StaffForm {...common} action={placeHoldAction} submit="Put on hold" secondary title="Put on hold">
          {(e) => (
            <>
              <Field id="holdReason" name="holdReason" text="Waiting for" errors={e.holdReason}>
                <select id="holdReason" name="holdReason" className={input} defaultValue="" aria-invalid={!!e.holdReason} aria-describedby={e.holdReason ? "holdReason-error" : undefined}>
                  <option value="" disabled>Choose…</option>
                  {holdReasons.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                </select>
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
              <select id="priority" name="priority" className={input} defaultValue={priority} aria-invalid={!!e.priority} aria-describedby={e.priority ? "priority-error" : undefined}>
                {PRIORITIES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </select>
            </Field>
            <Field id="priority-reason" name="reason" text="Reason for the change" errors={e.reason} />
          </>
        )}
      </StaffForm>
    </div>
  );
}
