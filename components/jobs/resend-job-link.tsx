"use client";
// For the manager: the vendor lost their job link. A new one goes out; the old one stops working.
import { resendJobLinkAction } from "@/lib/actions/work-order-staff";
import { StaffForm } from "@/components/work-orders/staff-form";

export function ResendJobLink({
  trackingNumber,
  version,
  vendor,
}: {
  trackingNumber: number;
  version: number;
  vendor: string;
}) {
  return (
    <StaffForm
      action={resendJobLinkAction}
      trackingNumber={trackingNumber}
      version={version}
      submit="Send the job link again"
      secondary
      title={`${vendor}'s job link`}
    >
      {() => (
        <p className="text-sm text-slate-600">
          The vendor works from a link (accept, book, codes, complete). A new one replaces the one sent before.
        </p>
      )}
    </StaffForm>
  );
}
