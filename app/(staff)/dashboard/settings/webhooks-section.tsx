import { WebhookDeliveryLog } from "@/components/settings/webhook-delivery-log";
import { SendTestWebhook, WebhookEndpointForm, WebhookSecretControls } from "@/components/settings/webhook-forms";
import { buttonSecondary } from "@/components/ui/styles";
import { deleteWebhookEndpointAction } from "@/lib/actions/webhooks";
import { webhookEndpoints } from "@/lib/settings/reads";
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";

export async function WebhooksSection({ orgId, timeZone, now }: { orgId: string; timeZone: string; now: Date }) {
  const endpoints = await webhookEndpoints(orgId);
  const { t, locale } = await getT();
  const when = (at: Date) => formatInZone(at, timeZone, { dateStyle: "short", timeStyle: "short" }, locale);
  return (
    <section id="webhooks" aria-labelledby="hooks-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="hooks-h" className="text-lg font-semibold">
        {t("settings.webhooks")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("hooks.lead")}</p>
      {endpoints.length === 0 && <p className="text-sm text-slate-600">{t("hooks.none")}</p>}
      <ul className="divide-y divide-slate-200">
        {endpoints.map((e) => {
          const name = e.description || e.url;
          return (
            <li key={e.id} className="space-y-3 py-4">
              <div className="flex flex-wrap items-center gap-2">
                <span className="break-all font-semibold">{e.url}</span>
                {!e.active && (
                  <span className="rounded bg-slate-200 px-2 py-0.5 text-xs">{t("settings.inactive")}</span>
                )}
              </div>
              {e.description && <p className="text-sm text-slate-700">{e.description}</p>}
              <p className="text-sm text-slate-600">{t("hooks.eventsList", { events: e.events.join(", ") })}</p>
              {e.previousSecretUntil && e.previousSecretUntil > now && (
                <p className="text-xs text-slate-600">{t("hooks.oldSecret", { until: when(e.previousSecretUntil) })}</p>
              )}
              <div className="flex flex-wrap items-start gap-4">
                <WebhookSecretControls endpointId={e.id} label={name} />
                <SendTestWebhook endpointId={e.id} label={name} />
              </div>
              <WebhookDeliveryLog id={e.id} deliveries={e.deliveries} when={when} label={name} />
              <details>
                <summary className="cursor-pointer text-sm text-brand underline">
                  {t("settings.edit", { name })}
                </summary>
                <div className="mt-2 space-y-3">
                  <WebhookEndpointForm endpoint={e} />
                  <form action={deleteWebhookEndpointAction}>
                    <input type="hidden" name="endpointId" value={e.id} />
                    <button className={`${buttonSecondary} min-h-9 px-3 py-1 text-red-800`}>{t("hooks.remove")}</button>
                  </form>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <h3 className="mb-2 mt-4 font-semibold">{t("hooks.addTitle")}</h3>
      <WebhookEndpointForm />
    </section>
  );
}
