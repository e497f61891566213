// A printable A4 sheet of every unit's QR code for a property (print from the browser).
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { pageActor } from "@/lib/auth/session";
import { propertyWithUnits } from "@/lib/directory/reads";
import { intakeUrl } from "@/lib/directory/intake-link";
import { PrintButton } from "@/components/directory/print-button";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("sheet.title") };
}

export default async function QrSheet({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("directory:view", `/dashboard/directory/properties/${id}/sheet`);
  const [p, { t }] = await Promise.all([propertyWithUnits(actor, id), getT()]);
  if (!p) notFound();
  // Inline SVG: sharp at any print size, and no extra requests.
  const codes = await Promise.all(
    p.units.map(async (u) => ({
      ...u,
      svg: await QRCode.toString(intakeUrl(p.slug, u.id), { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
    })),
  );
  return (
    <main className="qr-sheet mx-auto max-w-[210mm] bg-white px-4 py-6 print:p-0">
      <style>{`@page { size: A4; margin: 12mm; } @media print { header, .no-print { display: none !important; } .qr-card { break-inside: avoid; } }`}</style>
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("sheet.heading", { property: p.name })}</h1>
        <PrintButton />
      </div>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 print:grid-cols-3">
        {codes.map((u) => (
          <li
            key={u.id}
            className="qr-card flex flex-col items-center rounded-md border border-slate-300 p-3 text-center"
          >
            <div
              className="w-full max-w-[45mm]"
              role="img"
              aria-label={t("sheet.code", { label: u.label })}
              dangerouslySetInnerHTML={{ __html: u.svg }}
            />
            <p className="mt-2 text-lg font-bold">
              {p.name} · {t("property.unit", { label: u.label })}
            </p>
            <p className="text-sm">{t("sheet.scan")}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
