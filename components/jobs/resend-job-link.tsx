"use client";
// For the manager: the vendor lost their job link. A new one goes out; the old one stops working.
import { resendJobLinkAction } from "@/lib/actions/work-order-staff";
import { useI18n } from "@/components/i18n/provider";
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
  const { t } = useI18n();
  return (
    <StaffForm
      action={resendJobLinkAction}
      trackingNumber={trackingNumber}
      version={version}
      submit="staffWo.resendLink"
      secondary
      title={t("staffWo.vendorLink", { vendor })}
    >
      {() => <p className="text-sm text-slate-600">{t("staffWo.resendHint")}</p>}
    </StaffForm>
  );
}
