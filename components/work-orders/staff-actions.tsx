"use client";
// The status moves a manager may make from here; the server checks each one again.
import { changeStatusAction, declineRescheduleAction } from "@/lib/actions/work-order-status";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { useI18n } from "@/components/i18n/provider";
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
  const { t } = useI18n();
  const common = { trackingNumber, version, action: changeStatusAction };
  const reassigning = status === "ASSIGNED" || status === "SCHEDULED";
  const reopening = status === "COMPLETED" || status === "CLOSED";
  return (
    <div className="space-y-4">
      {allowed.includes("ASSIGNED") && !reopening && (
        <StaffForm
          {...common}
          hidden={{ to: "ASSIGNED" }}
          submit={status === "NEW" ? "staffWo.assign" : "staffWo.reassign"}
        >
          {(e) => (
            <>
              <Field
                id="assignee"
                name="assignee"
                text={reassigning ? "staffWo.reassignTo" : "staffWo.assignTo"}
                errors={e.vendorId ?? e.override}
              >
                <Select
                  id="assignee"
                  name="assignee"
                  errors={e.vendorId ?? e.override}
                  placeholder="staffWo.choose"
                  options={assignees.map((o) => [o.value, o.label])}
                />
              </Field>
              {reassigning && (
                <Field id="assign-reason" name="reason" text="staffWo.reassignReason" errors={e.reason} />
              )}
            </>
          )}
        </StaffForm>
      )}
      {allowed.includes("ASSIGNED") && reopening && (
        <StaffForm {...common} hidden={{ to: "REOPEN" }} submit="staffWo.reopen" secondary title="staffWo.reopenTitle">
          {(e) => <Field id="reopen-reason" name="reason" text="staffWo.reopenReason" errors={e.reason} />}
        </StaffForm>
      )}
      {rescheduleTimes && (
        <StaffForm
          action={declineRescheduleAction}
          trackingNumber={trackingNumber}
          version={version}
          submit="staffWo.keepBooked"
          secondary
          className="space-y-3 rounded-lg border-2 border-sky-400 bg-sky-50 p-4"
          title="staffWo.otherTime"
        >
          {(e) => (
            <>
              <p className="text-sm">
                {t("staffWo.suitsThem")} <strong>{rescheduleTimes}</strong>. {t("staffWo.suitsThemAfter")}
              </p>
              <Field id="decline-reason" name="reason" text="staffWo.keepReason" errors={e.reason} />
            </>
          )}
        </StaffForm>
      )}
      {allowed.includes("SCHEDULED") && (
        <StaffForm
          {...common}
          hidden={{ to: "SCHEDULED" }}
          submit={status === "SCHEDULED" ? "staffWo.reschedule" : "staffWo.schedule"}
        >
          {(e) => (
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
              <Field
                id="windowStart"
                name="windowStart"
                type="datetime-local"
                text="staffWo.windowStarts"
                errors={e.windowStart}
              />
              <Field
                id="windowEnd"
                name="windowEnd"
                type="datetime-local"
                text="staffWo.windowEnds"
                errors={e.windowEnd}
              />
            </div>
          )}
        </StaffForm>
      )}
      {allowed.includes("COMPLETED") && (
        <StaffForm {...common} hidden={{ to: "COMPLETED" }} submit="staffWo.markCompleted">
          {(e) => (
            <>
              <Field id="notes" name="notes" type="textarea" text="staffWo.completionNotes" errors={e.notes} />
              <Field
                id="actualCost"
                name="actualCost"
                text="staffWo.actualCost"
                hint="staffWo.actualCostHint"
                errors={e.actualCost}
              />
              <Field id="afterPhotos" name="afterPhotos" text="staffWo.afterPhotos" errors={e.afterPhotos}>
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
      {allowed.includes("CLOSED") && <StaffForm {...common} hidden={{ to: "CLOSED" }} submit="staffWo.close" />}
      {allowed.includes("CANCELLED") && (
        <StaffForm {...common} hidden={{ to: "CANCELLED" }} submit="staffWo.cancel" secondary>
          {(e) => <Field id="reason" name="reason" text="staffWo.cancelReason" errors={e.reason} />}
        </StaffForm>
      )}
    </div>
  );
}
