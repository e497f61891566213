// Settings: the organisation's cost-approval thresholds (DESIGN.md §6) and how long an owner has to
// answer before a reminder, then their second contact. Owners and properties can override the
// limits on their directory pages.
import { SpecForm } from "@/components/directory/spec-form";
import { centsForInput } from "@/lib/directory/approval-schemas";
import { approvalSettings } from "@/lib/settings/reads";
import { saveApprovalSettingsAction } from "@/lib/actions/settings";
import { getT } from "@/lib/i18n/server";

export async function ApprovalsSection({ orgId }: { orgId: string }) {
  const org = await approvalSettings(orgId);
  const { t } = await getT();
  return (
    <section id="approvals" aria-labelledby="approvals-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="approvals-h" className="text-lg font-semibold">
        {t("settings.approvals")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("settings.approvals.lead")}</p>
      <SpecForm
        action={saveApprovalSettingsAction}
        idPrefix="approvals-"
        submit="settings.approvals.save"
        fields={[
          {
            name: "managerLimit",
            label: "settings.approvals.manager",
            value: centsForInput(org.managerApprovalLimitCents),
            decimal: true,
          },
          {
            name: "ownerLimit",
            label: "settings.approvals.owner",
            value: centsForInput(org.ownerNotifyLimitCents),
            decimal: true,
          },
          { name: "reminderHours", label: "settings.approvals.remind", value: org.ownerReminderHours },
          {
            name: "escalateHours",
            label: "settings.approvals.escalate",
            value: org.ownerEscalateHours,
            hint: "settings.approvals.escalateHint",
          },
        ]}
      />
    </section>
  );
}
