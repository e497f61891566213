import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { myNotificationPreferences } from "@/lib/notifications/staff-preferences";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("myNotifs.title") };
}

export default async function MyNotifications() {
  const actor = await pageActor("notifications:own", "/account/notifications");
  const [prefs, { t }] = await Promise.all([myNotificationPreferences(actor), getT()]);
  return (
    <main className="mx-auto max-w-2xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("myNotifs.title")}</h1>
      <p className="mt-1 text-slate-600">
        {t("myNotifs.lead")} <strong className="break-all">{prefs.email}</strong>.
      </p>
      {prefs.smsOptOut && prefs.phone && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("myNotifs.optedOut", { phone: prefs.phone })}
        </p>
      )}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <PreferencesForm
          initial={{ contactMethod: prefs.contactMethod, phone: prefs.phone ?? "", locale: prefs.locale }}
        />
      </div>
    </main>
  );
}
