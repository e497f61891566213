// The vendor's papers on their directory page: current insurance and licence at a glance, every
// document sent (with its file), "Send upload link", and an upload form per kind for staff.
import { ExpiryBadge } from "@/components/directory/expiry-badge";
import { PaperForm } from "@/components/vendors/paper-form";
import { SendLinkButton } from "@/components/vendors/send-link-button";
import { vendorPapers } from "@/lib/directory/vendors";
import { shortDate } from "@/lib/work-orders/vendor-compliance";
import { getT } from "@/lib/i18n/server";
import { sendPapersLinkAction, uploadVendorPaperAction } from "@/lib/actions/vendors";

type Vendor = {
  id: string;
  orgId: string;
  active: boolean;
  insuranceNumber: string | null;
  insuranceExpiresAt: Date | null;
  licenceNumber: string | null;
  licenceExpiresAt: Date | null;
};

const size = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(b / 1024)} KB`);

export async function VendorPapers({ vendor, saved }: { vendor: Vendor; saved?: string }) {
  const now = new Date();
  const [{ org, documents }, { t, locale }] = await Promise.all([vendorPapers(vendor), getT()]);
  const zone = org.timeZone;
  return (
    <section aria-labelledby="papers-heading" className="mb-8 space-y-4">
      <h2 id="papers-heading" className="text-xl font-semibold">
        {t("vendor.papers")}
      </h2>
      {saved && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t(saved === "LICENCE" ? "vendor.licenceSaved" : "vendor.insuranceSaved")}
        </p>
      )}
      <div className="flex flex-wrap gap-2 text-sm">
        <ExpiryBadge paper="INSURANCE" at={vendor.insuranceExpiresAt} now={now} />
        <ExpiryBadge paper="LICENCE" at={vendor.licenceExpiresAt} now={now} />
      </div>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("vendor.noDocuments")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("vendor.documents")}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th className="py-1 pr-2">{t("vendor.paper")}</th>
              <th className="py-1 pr-2">{t("vendor.number")}</th>
              <th className="py-1 pr-2">{t("vendor.expires")}</th>
              <th className="py-1 pr-2">{t("vendor.sent")}</th>
              <th className="py-1">{t("vendor.file")}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id} className="border-b border-slate-100">
                <td className="py-1 pr-2">{t(`papersPage.${d.kind}`)}</td>
                <td className="py-1 pr-2">{d.number}</td>
                <td className="py-1 pr-2">{shortDate(d.expiresAt, zone, locale)}</td>
                <td className="py-1 pr-2">
                  {shortDate(d.uploadedAt, zone, locale)} ·{" "}
                  {t(d.uploadedVia === "LINK" ? "vendor.byVendor" : "vendor.byStaff")}
                </td>
                <td className="py-1">
                  <a
                    className="text-brand underline"
                    href={`/dashboard/directory/vendors/${vendor.id}/documents/${d.id}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {d.fileName}
                  </a>{" "}
                  ({size(d.sizeBytes)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {vendor.active && <SendLinkButton vendorId={vendor.id} action={sendPapersLinkAction} />}
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-semibold">{t("vendor.uploadYourself")}</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <PaperForm
            kind="INSURANCE"
            title={t("papersPage.INSURANCE")}
            hidden={{ vendorId: vendor.id }}
            action={uploadVendorPaperAction}
            submitLabel={t("vendor.saveInsurance")}
          />
          <PaperForm
            kind="LICENCE"
            title={t("papersPage.LICENCE")}
            hidden={{ vendorId: vendor.id }}
            action={uploadVendorPaperAction}
            submitLabel={t("vendor.saveLicence")}
          />
        </div>
      </details>
    </section>
  );
}
