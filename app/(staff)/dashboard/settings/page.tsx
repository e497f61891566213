// Admin settings: organisation, SLA targets, cost approvals, timings and thresholds, the email footer, categories, on-call chains,
// auto-assignment rules, webhooks.
import Link from "next/link";
import { SpecForm } from "@/components/directory/spec-form";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { settingsOrganization } from "@/lib/settings/reads";
import { saveOrganizationAction, saveReportRecipientsAction } from "@/lib/actions/settings";
import { ApprovalsSection } from "./approvals-section";
import { CategoriesSection } from "./categories-section";
import { EmailFooterSection } from "./email-footer-section";
import { OnCallSection, RulesSection } from "./routing-sections";
import { SlaSection } from "./sla-section";
import { TimingsSection } from "./timings-section";
import { WebhooksSection } from "./webhooks-section";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("nav.settings") };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export default async function Settings() {
  const actor = await pageActor("settings:edit", "/dashboard/settings");
  const org = await settingsOrganization(actor);
  const now = new Date(); // this request's moment
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-6">
      <h1 className="text-2xl font-bold">{t("nav.settings")}</h1>
      <nav aria-label={t("settings.sections")} className="flex flex-wrap gap-x-4 text-sm">
        {[
          ["org", "settings.org"],
          ["sla", "settings.sla"],
          ["approvals", "settings.approvals"],
          ["timings", "settings.timings"],
          ["email-footer", "settings.footer"],
          ["categories", "settings.categories"],
          ["on-call", "settings.onCallNav"],
          ["rules", "settings.rules"],
          ["webhooks", "settings.webhooks"],
          ["reports", "settings.export"],
        ].map(([id, l]) => (
          <a key={id} href={`#${id}`} className="text-brand underline">
            {t(l)}
          </a>
        ))}
        <Link href="/dashboard/settings/emails" className="text-brand underline">
          {t("settings.previews")}
        </Link>
      </nav>
      <section id="org" aria-labelledby="org-h" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="org-h" className="mb-3 text-lg font-semibold">
          {t("settings.org")}
        </h2>
        <SpecForm
          action={saveOrganizationAction}
          idPrefix="org-"
          submit="settings.org.save"
          fields={[
            { name: "name", label: "settings.org.name", value: org.name },
            { name: "logoUrl", label: "settings.org.logo", value: org.logoUrl, hint: "settings.org.logoHint" },
            {
              name: "brandColor",
              label: "settings.org.brand",
              value: org.brandColor,
              hint: "settings.org.brandHint",
            },
            { name: "timeZone", label: "settings.org.zone", value: org.timeZone, hint: "settings.org.zoneHint" },
            {
              name: "workingDays",
              label: "settings.org.days",
              kind: "multi",
              values: org.workingDays.map(String),
              options: DAYS.map((d, i) => ({ value: String(i + 1), label: `settings.day.${d}` })),
            },
            { name: "autoCloseDays", label: "settings.org.autoClose", value: org.autoCloseDays },
            { name: "emergencyHotline", label: "settings.org.hotline", kind: "tel", value: org.emergencyHotline },
            {
              name: "quietHoursStartMinute",
              label: "settings.org.quietStart",
              kind: "time",
              value: clock(org.quietHoursStartMinute),
              hint: "settings.org.quietStartHint",
            },
            {
              name: "quietHoursEndMinute",
              label: "settings.org.quietEnd",
              kind: "time",
              value: clock(org.quietHoursEndMinute),
              hint: "settings.org.quietEndHint",
            },
            {
              name: "workdayStartMinute",
              label: "settings.org.opens",
              kind: "time",
              value: clock(org.workdayStartMinute),
              hint: "settings.org.opensHint",
            },
            {
              name: "workdayEndMinute",
              label: "settings.org.closes",
              kind: "time",
              value: clock(org.workdayEndMinute),
              hint: "settings.org.closesHint",
            },
            {
              name: "afterHoursInstructions",
              label: "settings.org.afterHours",
              kind: "textarea",
              value: org.afterHoursInstructions,
              hint: "settings.org.afterHoursHint",
            },
            {
              name: "holidays",
              label: "settings.org.holidays",
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
          {t("settings.export")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("settings.export.lead")}</p>
        <SpecForm
          action={saveReportRecipientsAction}
          idPrefix="reports-"
          submit="settings.export.save"
          columns={false}
          fields={[
            {
              name: "recipients",
              label: "settings.export.recipients",
              kind: "textarea",
              value: org.reportRecipients.join("\n"),
              hint: "settings.export.hint",
            },
          ]}
        />
      </section>
    </main>
  );
}
