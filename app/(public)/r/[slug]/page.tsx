// A property's QR code lands here: report a problem without an account.
import type { Metadata } from "next";
import Link from "next/link";
import { RequestForm } from "@/components/work-orders/request-form";
import { visitorRequestAction, visitorSelfHelpFixedAction } from "@/lib/actions/visitor-request";
import { randomToken } from "@/lib/crypto";
import { afterHoursOf, intakeProperty, severityTargets } from "@/lib/work-orders/page-reads";
import { AfterHoursNotice } from "@/components/work-orders/after-hours-notice";
import { localizeCategory } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { listCategories } from "@/lib/work-orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t("form.title") };
}

export default async function QrIntake({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ unit?: string; fixed?: string }>;
}) {
  const { slug } = await params;
  // A unit's own QR code names it, so the reporter need not pick it (only if it belongs here).
  const { unit, fixed } = await searchParams;
  const { t, locale } = await getT();
  const property = /^[a-z0-9-]{1,80}$/.test(slug) ? await intakeProperty(slug) : null;
  if (!property) {
    return (
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-bold">{t("qr.unknownTitle")}</h1>
        <p className="mt-3 text-slate-700">{t("qr.unknownBody")}</p>
        <p className="mt-3">
          <Link className="text-brand underline" href="/sign-in">
            {t("qr.signInInstead")}
          </Link>
        </p>
      </main>
    );
  }
  const now = new Date(); // this page's one reading of the clock
  const [categories, afterHours, targets] = await Promise.all([
    listCategories(property.orgId),
    afterHoursOf(property.orgId, now),
    severityTargets(property.orgId),
  ]);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <p className="text-sm font-semibold text-brand">{property.org.name}</p>
      <h1 className="mb-1 text-2xl font-bold">{t("form.titleAt", { property: property.name })}</h1>
      <p className="mb-4 text-sm text-slate-600">
        {t("form.noAccount")}{" "}
        <Link className="text-brand underline" href="/sign-in">
          {t("common.signIn")}
        </Link>{" "}
        {t("form.signInToSeeAll")}
      </p>
      {fixed && (
        <p role="status" className="mb-4 rounded-lg border border-green-300 bg-green-50 p-4">
          {t("requests.fixed")}
        </p>
      )}
      <AfterHoursNotice info={afterHours} />
      <RequestForm
        mode="visitor"
        actions={{ submit: visitorRequestAction, fixed: visitorSelfHelpFixedAction }}
        propertySlug={property.slug}
        units={property.units.map((u) => ({ id: u.id, label: u.label }))}
        unitId={property.units.find((u) => u.id === unit)?.id}
        categories={categories.map((c) => localizeCategory(c, locale))}
        idempotencyKey={randomToken()}
        hotline={property.org.emergencyHotline}
        targets={targets}
      />
    </main>
  );
}
