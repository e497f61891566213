import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { pageActor } from "@/lib/auth/session";
import { myNotificationPreferences } from "@/lib/notifications/staff-preferences";

export const metadata: Metadata = { title: "My notifications" };

export default async function MyNotifications() {
  const actor = await pageActor("notifications:own", "/account/notifications");
  const prefs = await myNotificationPreferences(actor);
  return (
    <main className="mx-auto max-w-2xl px-4 py-6">
      <h1 className="text-2xl font-bold">My notifications</h1>
      <p className="mt-1 text-slate-600">
        New requests, tenants&apos; messages, SLA alerts and your jobs reach you here. Emails go to{" "}
        <strong className="break-all">{prefs.email}</strong>.
      </p>
      {prefs.smsOptOut && prefs.phone && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Texts to {prefs.phone} are off: that number replied STOP. Choosing texts again and saving turns them back on.
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
