// A vendor's own page for their insurance and licence papers, from an emailed link, no account.
// Opening it (GET, HEAD — mail scanners do) only reads; a paper is sent by a POST from its form.
// Readable one-handed at 375 px.
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { ExpiryBadge } from "@/components/directory/expiry-badge";
import { PaperForm } from "@/components/vendors/paper-form";
import { getT } from "@/lib/i18n/server";
import { daysLeft, expiryBadge, shortDate, vendorBlockedReason } from "@/lib/work-orders/vendor-compliance";
import { papersOnFile, readPapersLink } from "@/lib/vendors/compliance-link";
import { LINK_STATE_MESSAGE } from "@/lib/vendors/compliance-upload";
import { uploadPapersAction } from "@/lib/actions/papers";

// In the vendor's language unless they chose another with the switch (lib/i18n/on-file.ts).
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("papersPage.title"), referrer: "no-referrer", robots: { index: false } };
}
export const dynamic = "force-dynamic";

const HEADING = {
  expired: "papersPage.expiredTitle",
  revoked: "papersPage.revokedTitle",
  missing: "papersPage.missingTitle",
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
  const { t, locale } = await getT();
  if (read.state !== "valid") {
    return (
      <main className="mx-auto max-w-xl px-4 py-8">
        <h1 className="text-2xl font-bold">{t(HEADING[read.state])}</h1>
        <p className="mt-3 text-slate-700">{t(LINK_STATE_MESSAGE[read.state])}</p>
        <p className="mt-3 text-slate-700">{t("papersPage.newLink", { org: read.vendor.org.name })}</p>
      </main>
    );
  }
  const { vendor } = read;
  const zone = vendor.org.timeZone;
  const documents = await papersOnFile(vendor.id);
  const blocked = vendorBlockedReason(vendor, now, zone, locale);
  const date = (d: Date) => shortDate(d, zone, locale);
  const badge = (kind: "INSURANCE" | "LICENCE", at: Date | null) => {
    const tone = expiryBadge(at, now).tone;
    const days = daysLeft(at, now) ?? 0;
    const state =
      tone === "none"
        ? t("papersPage.notOnFile")
        : tone === "bad"
          ? t("papersPage.expired")
          : tone === "warn"
            ? days === 0
              ? t("papersPage.expiresToday")
              : days === 1
                ? t("papersPage.expiresTomorrow")
                : t("papersPage.expiresIn", { days })
            : t("papersPage.valid", { days });
    return `${t(`papersPage.${kind}`)}: ${state}`;
  };
  const current = [
    { kind: "INSURANCE" as const, number: vendor.insuranceNumber, at: vendor.insuranceExpiresAt },
    { kind: "LICENCE" as const, number: vendor.licenceNumber, at: vendor.licenceExpiresAt },
  ];
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <p className="text-sm text-slate-600">{vendor.org.name}</p>
      <h1 className="text-2xl font-bold">{t("papersPage.heading", { company: vendor.company })}</h1>
      <p className="mt-2 text-slate-700">{t("papersPage.lead")}</p>
      {sent && (
        <p
          role="status"
          className="mt-4 rounded-lg border border-green-300 bg-green-50 p-4 font-semibold text-green-900"
        >
          {t(sent === "LICENCE" ? "papersPage.thanksLICENCE" : "papersPage.thanksINSURANCE")}
        </p>
      )}
      {blocked && (
        <p role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          {blocked}
        </p>
      )}
      <section aria-labelledby="on-file" className="mt-6">
        <h2 id="on-file" className="text-lg font-semibold">
          {t("papersPage.onFile")}
        </h2>
        <ul className="mt-2 space-y-2">
          {current.map((c) => (
            <li
              key={c.kind}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3"
            >
              <span>
                <strong>{t(`papersPage.${c.kind}`)}</strong>
                {c.number ? ` · ${c.number}` : ""}
                {c.at ? ` · ${t("papersPage.until", { date: date(c.at) })}` : ""}
              </span>
              <ExpiryBadge paper={c.kind} at={c.at} now={now} text={badge(c.kind, c.at)} />
            </li>
          ))}
        </ul>
        {documents.length > 0 && (
          <>
            <h3 className="mt-4 text-base font-semibold">{t("papersPage.sent")}</h3>
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              {documents.map((d) => (
                <li key={d.id}>
                  {t("papersPage.sentRow", {
                    paper: t(`papersPage.${d.kind}`),
                    number: d.number,
                    date: date(d.expiresAt),
                    file: d.fileName,
                    sent: date(d.uploadedAt),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="mt-6 space-y-6">
        <PaperForm
          kind="INSURANCE"
          title={t("papersPage.newINSURANCE")}
          hidden={{ token }}
          action={uploadPapersAction}
          submitLabel={t("papersPage.sendINSURANCE")}
        />
        <PaperForm
          kind="LICENCE"
          title={t("papersPage.newLICENCE")}
          hidden={{ token }}
          action={uploadPapersAction}
          submitLabel={t("papersPage.sendLICENCE")}
        />
      </div>
    </main>
  );
}
