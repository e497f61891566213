// A vendor's own page for their insurance and licence papers, from an emailed link, no account.
// Opening it (GET, HEAD — mail scanners do) only reads; a paper is sent by a POST from its form.
// Readable one-handed at 375 px.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ExpiryBadge } from "@/components/directory/expiry-badge";
import { PaperForm } from "@/components/vendors/paper-form";
import { getT } from "@/lib/i18n/server";
import { shortDate, vendorBlockedReason } from "@/lib/work-orders/vendor-compliance";
import { papersOnFile, readPapersLink } from "@/lib/vendors/compliance-link";
import { PAPER_LABEL } from "@/lib/vendors/compliance-rules";
import { LINK_STATE_MESSAGE } from "@/lib/vendors/compliance-upload";
import { uploadPapersAction } from "@/lib/actions/papers";

export const metadata: Metadata = {
  title: "Your insurance and licence",
  referrer: "no-referrer",
  robots: { index: false },
};
export const dynamic = "force-dynamic";

const HEADING = {
  expired: "This upload link has expired",
  revoked: "This upload link no longer works",
  missing: "This upload link is not valid",
} as const;

export default async function Papers({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ sent?: string }>;
}) {
  const { token } = await params;
  const { sent } = await searchParams;
  const now = new Date();
  const read = await readPapersLink(token, now);
  if (read.state === "missing") notFound(); // 404, with the helpful page beside this one
  if (read.state !== "valid") {
    const { t } = await getT();
    return (
      <main className="mx-auto max-w-xl px-4 py-8">
        <h1 className="text-2xl font-bold">{HEADING[read.state]}</h1>
        <p className="mt-3 text-slate-700">{t(LINK_STATE_MESSAGE[read.state])}</p>
        <p className="mt-3 text-slate-700">{read.vendor.org.name} can send you a new link at any time.</p>
      </main>
    );
  }
  const { vendor } = read;
  const zone = vendor.org.timeZone;
  const documents = await papersOnFile(vendor.id);
  const blocked = vendorBlockedReason(vendor, now, zone);
  const current = [
    { kind: "INSURANCE" as const, number: vendor.insuranceNumber, at: vendor.insuranceExpiresAt },
    { kind: "LICENCE" as const, number: vendor.licenceNumber, at: vendor.licenceExpiresAt },
  ];
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <p className="text-sm text-slate-600">{vendor.org.name}</p>
      <h1 className="text-2xl font-bold">Insurance and licence for {vendor.company}</h1>
      <p className="mt-2 text-slate-700">
        Send your current papers here: the number, the expiry date and a PDF or photo. No account needed; this link
        works for 30 days.
      </p>
      {sent && (
        <p
          role="status"
          className="mt-4 rounded-lg border border-green-300 bg-green-50 p-4 font-semibold text-green-900"
        >
          Thank you: your {sent === "LICENCE" ? "licence" : "insurance"} is on file.
        </p>
      )}
      {blocked && (
        <p role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          {blocked}
        </p>
      )}
      <section aria-labelledby="on-file" className="mt-6">
        <h2 id="on-file" className="text-lg font-semibold">
          On file
        </h2>
        <ul className="mt-2 space-y-2">
          {current.map((c) => (
            <li
              key={c.kind}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3"
            >
              <span>
                <strong>{PAPER_LABEL[c.kind]}</strong>
                {c.number ? ` · ${c.number}` : ""}
                {c.at ? ` · until ${shortDate(c.at, zone)}` : ""}
              </span>
              <ExpiryBadge what={PAPER_LABEL[c.kind]} at={c.at} now={now} />
            </li>
          ))}
        </ul>
        {documents.length > 0 && (
          <>
            <h3 className="mt-4 text-base font-semibold">Papers you have sent</h3>
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              {documents.map((d) => (
                <li key={d.id}>
                  {PAPER_LABEL[d.kind]} {d.number}, valid until {shortDate(d.expiresAt, zone)} · {d.fileName} · sent{" "}
                  {shortDate(d.uploadedAt, zone)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="mt-6 space-y-6">
        <PaperForm
          kind="INSURANCE"
          title="Send new insurance"
          hidden={{ token }}
          action={uploadPapersAction}
          submitLabel="Send insurance"
        />
        <PaperForm
          kind="LICENCE"
          title="Send new licence"
          hidden={{ token }}
          action={uploadPapersAction}
          submitLabel="Send licence"
        />
      </div>
    </main>
  );
}
