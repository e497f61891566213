import type { Metadata } from "next";
import { RequestForm } from "@/components/work-orders/request-form";
import {
  addToExistingAction,
  createRequestAction,
  revealOwnCodeAction,
  selfHelpFixedAction,
} from "@/lib/actions/tenant-requests";
import { pageActor } from "@/lib/auth/session";
import { randomToken } from "@/lib/crypto";
import { categoryName, localizeCategory } from "@/lib/i18n/categories";
import { getT } from "@/lib/i18n/server";
import { afterHoursOf, newRequestContext, severityTargets } from "@/lib/work-orders/page-reads";
import { AfterHoursNotice } from "@/components/work-orders/after-hours-notice";
import { listCategories } from "@/lib/work-orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t("form.title") };
}

export default async function NewRequest() {
  const actor = await pageActor("request:create", "/requests/new");
  const { t, locale } = await getT();
  const now = new Date(); // this page's one reading of the clock
  const [categories, { unit, org, profile, openRequests }, afterHours, targets] = await Promise.all([
    listCategories(actor.orgId),
    newRequestContext(actor),
    afterHoursOf(actor.orgId, now),
    severityTargets(actor.orgId),
  ]);
  // The codes themselves never reach the page: only whether one is saved.
  const access = {
    permissionToEnter: profile?.permissionToEnter ?? false,
    pets: profile?.pets ?? "",
    preferredTimes: profile?.preferredTimes ?? "",
    contactMethod: profile?.contactMethod ?? "EMAIL",
    hasGateCode: !!profile?.gateCodeEnc,
    hasLockboxCode: !!profile?.lockboxCodeEnc,
  };
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">{t("form.title")}</h1>
      <AfterHoursNotice info={afterHours} />
      {unit ? (
        <RequestForm
          mode="tenant"
          actions={{
            submit: createRequestAction,
            fixed: selfHelpFixedAction,
            addToExisting: addToExistingAction,
            revealOwnCode: revealOwnCodeAction,
          }}
          categories={categories.map((c) => localizeCategory(c, locale))}
          idempotencyKey={randomToken()}
          unitLabel={`${unit.property.name} ${unit.label}`}
          hotline={org.emergencyHotline}
          targets={targets}
          access={access}
          openRequests={openRequests.map((r) => ({
            trackingNumber: r.trackingNumber,
            categoryId: r.categoryId,
            categoryName: categoryName(r.category.name, locale),
          }))}
        />
      ) : (
        <p role="alert">{t("form.noUnit")}</p>
      )}
    </main>
  );
}
