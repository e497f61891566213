// One of a technician's jobs: the same panel and actions as a vendor's job link, from their sign-in.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobPanel } from "@/components/jobs/job-panel";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { JOB_LINK_AFTER_COMPLETION_DAYS } from "@/lib/vendors/job-link";
import { jobView } from "@/lib/vendors/job-view";

export const metadata: Metadata = { title: "Job" };
export const dynamic = "force-dynamic";

export default async function TechJob({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { number } = await params;
  const { done } = await searchParams;
  const actor = await pageActor("job:work", `/jobs/${number}`);
  const trackingNumber = Number(number);
  const view = Number.isSafeInteger(trackingNumber) && trackingNumber > 0 ? await jobView(actor, trackingNumber) : null;
  if (!view) notFound();
  const now = new Date(); // this request's moment
  const { t } = await getT();
  const finished =
    (view.status === "COMPLETED" || view.status === "CLOSED") &&
    !!view.completedAt &&
    now.getTime() - view.completedAt.getTime() <= JOB_LINK_AFTER_COMPLETION_DAYS * 86_400_000;
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <Link href="/jobs" className="text-sm font-semibold text-brand underline">
        {t("jobs.back")}
      </Link>
      <div className="mt-3">
        <JobPanel
          view={view}
          cred={{ trackingNumber: view.trackingNumber, version: view.version }}
          finished={finished}
          done={done}
        />
      </div>
    </main>
  );
}
