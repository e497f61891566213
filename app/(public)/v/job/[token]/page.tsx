// A vendor's job, from the link in their assignment email or text (issue 8). Opening it (GET, HEAD:
// mail scanners and link previews do) only reads; every action is a POST from its buttons. A link
// whose job went to someone else, was cancelled, or whose vendor's papers lapsed shows why instead.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { JobPanel } from "@/components/jobs/job-panel";
import { readJobLink } from "@/lib/vendors/job-link";
import { jobView } from "@/lib/vendors/job-view";
import { getT } from "@/lib/i18n/server";

// In the vendor's language unless they chose another with the switch (lib/i18n/on-file.ts).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("jobView.pageTitle"), referrer: "no-referrer", robots: { index: false } };
}
export const dynamic = "force-dynamic";

function Notice({ title, body }: { title: string; body: string }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
    </main>
  );
}

export default async function VendorJob({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { token } = await params;
  const { done } = await searchParams;
  const { t, locale } = await getT();
  const read = await readJobLink(token, new Date(), locale);
  if (read.state === "missing") notFound(); // 404, with the helpful page beside this one
  if (read.state === "gone") return <Notice title={t("jobView.goneTitle")} body={t("job.gone")} />;
  if (read.blocked.length)
    return (
      <Notice
        title={t("jobView.blockedTitle")}
        body={read.blockedReason ?? t({ key: "job.blocked", vars: { problems: read.blocked.join("; ") } })}
      />
    );
  const caller = {
    via: "vendor-link" as const,
    workOrderId: read.workOrderId,
    vendorId: read.vendorId,
    orgId: read.orgId,
    role: "VENDOR" as const,
    name: read.company ?? "Vendor",
  };
  const view = await jobView(caller, read.trackingNumber);
  if (!view) return <Notice title={t("jobView.goneTitle")} body={t("job.gone")} />;
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <p className="mb-3 text-sm text-slate-600">{t("jobView.forCompany", { company: read.company ?? "" })}</p>
      <JobPanel
        view={view}
        cred={{ token, trackingNumber: view.trackingNumber, version: view.version }}
        finished={read.state === "finished"}
        done={done}
      />
    </main>
  );
}
