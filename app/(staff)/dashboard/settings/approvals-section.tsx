// Settings: the organisation's cost-approval thresholds (DESIGN.md §6) and how long an owner has to
// answer before a reminder, then their second contact. Owners and properties can override the
// limits on their directory pages.
import { SpecForm } from "@/components/directory/spec-form";
import { centsForInput } from "@/lib/directory/approval-schemas";
import { approvalSettings } from "@/lib/settings/reads";
import { saveApprovalSettingsAction } from "@/lib/actions/settings";

export async function ApprovalsSection({ orgId }: { orgId: string }) {
  const org = await approvalSettings(orgId);
  return (
    <section id="approvals" aria-labelledby="approvals-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="approvals-h" className="text-lg font-semibold">
        Cost approvals
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Under the manager&apos;s limit the manager approves; up to the owner&apos;s limit the manager approves and the
        owner is told; over it the owner must approve (in an emergency the manager may, and the owner is told). An owner
        or a property can have limits of its own.
      </p>
      <SpecForm
        action={saveApprovalSettingsAction}
        idPrefix="approvals-"
        submit="Save cost approvals"
        fields={[
          {
            name: "managerLimit",
            label: "Manager approves alone under (USD)",
            value: centsForInput(org.managerApprovalLimitCents),
            decimal: true,
          },
          {
            name: "ownerLimit",
            label: "Owner must approve over (USD)",
            value: centsForInput(org.ownerNotifyLimitCents),
            decimal: true,
          },
          { name: "reminderHours", label: "Remind the owner after (hours)", value: org.ownerReminderHours },
          {
            name: "escalateHours",
            label: "Ask the owner's second contact after (hours)",
            value: org.ownerEscalateHours,
            hint: "Twice this with no answer, it goes back to the manager.",
          },
        ]}
      />
    </section>
  );
}
