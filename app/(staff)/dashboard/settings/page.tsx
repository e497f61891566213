// Admin settings: organisation, SLA targets, cost approvals, timings and thresholds, the email footer, categories, on-call chains,
// auto-assignment rules, webhooks.
import Link from "next/link";
import { SpecForm } from "@/components/directory/spec-form";
import { pageActor } from "@/lib/auth/session";
import { settingsOrganization } from "@/lib/settings/reads";
import { saveOrganizationAction, saveReportRecipientsAction } from "@/lib/actions/settings";
import { ApprovalsSection } from "./approvals-section";
import { CategoriesSection } from "./categories-section";
import { EmailFooterSection } from "./email-footer-section";
import { OnCallSection, RulesSection } from "./routing-sections";
import { SlaSection } from "./sla-section";
import { TimingsSection } from "./timings-section";
import { WebhooksSection } from "./webhooks-section";

export const metadata = { title: "Settings" };

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export default async function Settings() {
  const actor = await pageActor("settings:edit", "/dashboard/settings");
  const org = await settingsOrganization(actor);
  const now = new Date(); // this request's moment
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <nav aria-label="Settings sections" className="flex flex-wrap gap-x-4 text-sm">
        {[
          ["org", "Organisation"],
          ["sla", "SLA targets"],
          ["approvals", "Cost approvals"],
          ["timings", "Timings and thresholds"],
          ["email-footer", "Contact details and email footer"],
          ["categories", "Categories"],
          ["on-call", "On-call"],
          ["rules", "Auto-assignment"],
          ["webhooks", "Webhooks"],
          ["reports", "Monthly export"],
        ].map(([id, l]) => (
          <a key={id} href={`#${id}`} className="text-brand underline">
            {l}
          </a>
        ))}
        <Link href="/dashboard/settings/emails" className="text-brand underline">
          Email previews
        </Link>
      </nav>
      <section id="org" aria-labelledby="org-h" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="org-h" className="mb-3 text-lg font-semibold">
          Organisation
        </h2>
        <SpecForm
          action={saveOrganizationAction}
          idPrefix="org-"
          submit="Save organisation"
          fields={[
            { name: "name", label: "Name", value: org.name },
            { name: "logoUrl", label: "Logo URL", value: org.logoUrl, hint: "https://… (optional)" },
            {
              name: "brandColor",
              label: "Brand colour",
              value: org.brandColor,
              hint: "Hex, like #0f766e. Used for buttons and links.",
            },
            { name: "timeZone", label: "Time zone", value: org.timeZone, hint: "IANA name, like America/New_York." },
            {
              name: "workingDays",
              label: "Working days",
              kind: "multi",
              values: org.workingDays.map(String),
              options: DAYS.map((d, i) => ({ value: String(i + 1), label: d })),
            },
            { name: "autoCloseDays", label: "Close completed work orders after (days)", value: org.autoCloseDays },
            { name: "emergencyHotline", label: "Emergency hotline", kind: "tel", value: org.emergencyHotline },
            {
              name: "quietHoursStartMinute",
              label: "Quiet hours start",
              kind: "time",
              value: clock(org.quietHoursStartMinute),
              hint: "Texts that can wait are held from this time (emergencies and SLA breaches never wait).",
            },
            {
              name: "quietHoursEndMinute",
              label: "Quiet hours end",
              kind: "time",
              value: clock(org.quietHoursEndMinute),
              hint: "…until this time, in the organisation's time zone. The same time twice: texts are never held.",
            },
            {
              name: "workdayStartMinute",
              label: "Office opens",
              kind: "time",
              value: clock(org.workdayStartMinute),
              hint: "On working days, in the organisation's time zone.",
            },
            {
              name: "workdayEndMinute",
              label: "Office closes",
              kind: "time",
              value: clock(org.workdayEndMinute),
              hint: "Outside these hours tenants see the after-hours instructions and when you will see their request.",
            },
            {
              name: "afterHoursInstructions",
              label: "After-hours instructions",
              kind: "textarea",
              value: org.afterHoursInstructions,
              hint: "Shown on the request form and its confirmation while the office is closed.",
            },
            {
              name: "holidays",
              label: "Holidays (one a line: 2026-12-25 Christmas Day)",
              kind: "textarea",
              value: org.holidays.map((h) => `${h.date.toISOString().slice(0, 10)} ${h.name}`).join("\n"),
            },
          ]}
        />
      </section>
      <SlaSection orgId={actor.orgId} />
      <ApprovalsSection orgId={actor.orgId} />
      <TimingsSection orgId={actor.orgId} />
      <EmailFooterSection orgId={actor.orgId} />
      <CategoriesSection orgId={actor.orgId} />
      <OnCallSection orgId={actor.orgId} escalateMinutes={org.emergencyEscalateMinutes} />
      <RulesSection orgId={actor.orgId} />
      <WebhooksSection orgId={actor.orgId} timeZone={org.timeZone} now={now} />
      <section id="reports" aria-labelledby="reports-h" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="reports-h" className="text-lg font-semibold">
          Monthly export
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          On the 1st of each month these people are emailed a link (valid 30 days) to a spreadsheet of every work order
          completed the month before, with each stage&apos;s time and the costs: for your accountant or an owner.
        </p>
        <SpecForm
          action={saveReportRecipientsAction}
          idPrefix="reports-"
          submit="Save recipients"
          columns={false}
          fields={[
            {
              name: "recipients",
              label: "Recipients",
              kind: "textarea",
              value: org.reportRecipients.join("\n"),
              hint: "Email addresses, one a line (up to 10). Leave empty to send none.",
            },
          ]}
        />
      </section>
    </main>
  );
}
