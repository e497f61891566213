// Settings: what every email's footer says (issue 18): how to reach the office and a closing line.
// The office hours in it come from the organisation's working days and hours above.
import Link from "next/link";
import { SpecForm } from "@/components/directory/spec-form";
import { emailFooterSettings } from "@/lib/settings/reads";
import { saveEmailFooterAction } from "@/lib/actions/settings";
import { getT } from "@/lib/i18n/server";

export async function EmailFooterSection({ orgId }: { orgId: string }) {
  const org = await emailFooterSettings(orgId);
  const { t } = await getT();
  return (
    <section
      id="email-footer"
      aria-labelledby="email-footer-h"
      className="rounded-md border border-slate-200 bg-white p-4"
    >
      <h2 id="email-footer-h" className="text-lg font-semibold">
        {t("settings.footer")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {t("settings.footer.lead")}{" "}
        <Link href="/dashboard/settings/emails" className="text-brand underline">
          {t("settings.footer.preview")}
        </Link>
      </p>
      <SpecForm
        action={saveEmailFooterAction}
        idPrefix="footer-"
        submit="settings.footer.save"
        fields={[
          { name: "contactPhone", label: "settings.footer.phone", kind: "tel", value: org.contactPhone },
          { name: "contactEmail", label: "settings.footer.email", kind: "email", value: org.contactEmail },
          { name: "contactAddress", label: "settings.footer.address", kind: "textarea", value: org.contactAddress },
          {
            name: "emailFooter",
            label: "settings.footer.line",
            kind: "textarea",
            value: org.emailFooter,
            hint: "settings.footer.lineHint",
          },
        ]}
      />
    </section>
  );
}
