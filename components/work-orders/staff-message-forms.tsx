"use client";
// Write on the conversation (the tenant and the vendor or technician on the job see it and are
// told) or leave an internal note (staff only).
import { noteAction, replyAction } from "@/lib/actions/work-order-staff";
import { Field, StaffForm } from "./staff-form";

export function StaffMessageForms({ trackingNumber, version }: { trackingNumber: number; version: number }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <StaffForm action={replyAction} trackingNumber={trackingNumber} version={version} submit="staffWo.sendMessage">
        {(e) => <Field id="reply-body" name="body" type="textarea" text="staffWo.messageLabel" errors={e.body} />}
      </StaffForm>
      <StaffForm
        action={noteAction}
        trackingNumber={trackingNumber}
        version={version}
        submit="staffWo.addNote"
        secondary
        className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
      >
        {(e) => <Field id="note-body" name="note" type="textarea" text="staffWo.noteLabel" errors={e.note} />}
      </StaffForm>
    </div>
  );
}
