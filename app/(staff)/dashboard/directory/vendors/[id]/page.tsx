// Add ("new") or edit a vendor. Admin only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { VendorForm } from "@/components/directory/vendor-form";
import { pageActor } from "@/lib/auth/session";
import { vendorCategoryOptions, vendorForEdit } from "@/lib/directory/vendors";
import { ScorecardCard } from "@/components/vendors/scorecard-card";
import { vendorScorecard } from "@/lib/vendors/vendor-scorecard";
import { VendorPapers } from "./papers";
import { categoryName } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("vendor.title") };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const dollars = (c: number | null) => (c == null ? "" : (c / 100).toFixed(2));

export default async function VendorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ paper?: string }>;
}) {
  const { id } = await params;
  const { paper } = await searchParams;
  const actor = await pageActor("vendors:edit", `/dashboard/directory/vendors/${id}`);
  const vendor = id === "new" ? null : await vendorForEdit(actor, id);
  if (id !== "new" && !vendor) notFound();
  const [options, { t, locale }] = await Promise.all([vendorCategoryOptions(actor), getT()]);
  const categories = options.map((c) => ({ ...c, name: categoryName(c.name, locale) }));
  const initial = vendor && {
    vendorId: vendor.id,
    company: vendor.company,
    contactName: vendor.contactName,
    email: vendor.email,
    phone: vendor.phone ?? "",
    hourlyRateCents: dollars(vendor.hourlyRateCents),
    callOutFeeCents: dollars(vendor.callOutFeeCents),
    insuranceNumber: vendor.insuranceNumber ?? "",
    insuranceExpiresAt: day(vendor.insuranceExpiresAt),
    licenceNumber: vendor.licenceNumber ?? "",
    licenceExpiresAt: day(vendor.licenceExpiresAt),
    capacity: String(vendor.capacity),
    language: vendor.language,
    active: vendor.active ? "on" : "",
    ...Object.fromEntries(vendor.categories.map((c) => [`rank-${c.categoryId}`, String(c.rank)])),
  };
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory/vendors" className="text-brand underline">
          {t("directory.vendors")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{vendor ? vendor.company : t("directory.addVendor")}</h1>
      {vendor && <ScorecardCard s={await vendorScorecard(actor, vendor.id, new Date())} />}
      {vendor && <VendorPapers vendor={vendor} saved={paper} />}
      <VendorForm initial={initial ?? { capacity: "5", active: "on", language: "en" }} categories={categories} />
    </main>
  );
}
