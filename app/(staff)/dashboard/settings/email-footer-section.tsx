// Settings: what every email's footer says (issue 18): how to reach the office and a closing line.
// The office hours in it come from the organisation's working days and hours above.
import Link from "next/link";
import { SpecForm } from "@/components/directory/spec-form";
import { emailFooterSettings } from "@/lib/settings/reads";
import { saveEmailFooterAction } from "@/lib/actions/settings";

export async function EmailFooterSection({ orgId }: { orgId: string }) {
  const org = await emailFooterSettings(orgId);
  return (
    <section
      id="email-footer"
      aria-labelledby="email-footer-h"
      className="rounded-md border border-slate-200 bg-white p-4"
    >
      <h2 id="email-footer-h" className="text-lg font-semibold">
        Contact details and email footer
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Every email ends with these, with your office hours in the reader&apos;s language. Leave a field empty to leave
        it out.{" "}
        <Link href="/dashboard/settings/emails" className="text-brand underline">
          Preview the emails
        </Link>
      </p>
      <SpecForm
        action={saveEmailFooterAction}
        idPrefix="footer-"
        submit="Save contact details"
        fields={[
          { name: "contactPhone", label: "Office phone", kind: "tel", value: org.contactPhone },
          { name: "contactEmail", label: "Office email", kind: "email", value: org.contactEmail },
          { name: "contactAddress", label: "Office address", kind: "textarea", value: org.contactAddress },
          {
            name: "emailFooter",
            label: "Footer line",
            kind: "textarea",
            value: org.emailFooter,
            hint: "A last line under every email, like how to reach you out of hours (up to 300 characters).",
          },
        ]}
      />
    </section>
  );
}
