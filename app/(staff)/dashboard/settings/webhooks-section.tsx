import { WebhookDeliveryLog } from "@/components/settings/webhook-delivery-log";
import { SendTestWebhook, WebhookEndpointForm, WebhookSecretControls } from "@/components/settings/webhook-forms";
import { buttonSecondary } from "@/components/ui/styles";
import { deleteWebhookEndpointAction } from "@/lib/actions/webhooks";
import { webhookEndpoints } from "@/lib/settings/reads";
import { formatInZone } from "@/lib/time";

export async function WebhooksSection({ orgId, timeZone, now }: { orgId: string; timeZone: string; now: Date }) {
  const endpoints = await webhookEndpoints(orgId);
  const when = (at: Date) => formatInZone(at, timeZone, { dateStyle: "short", timeStyle: "short" });
  return (
    <section id="webhooks" aria-labelledby="hooks-h" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="hooks-h" className="text-lg font-semibold">
        Webhooks
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Fixwell POSTs work-order events to these addresses, signed per Standard Webhooks (headers webhook-id,
        webhook-timestamp, webhook-signature). A failed delivery is tried again for about a day; the same webhook-id on
        every try lets your receiver drop repeats.
      </p>
      {endpoints.length === 0 && <p className="text-sm text-slate-600">No endpoints yet.</p>}
      <ul className="divide-y divide-slate-200">
        {endpoints.map((e) => {
          const name = e.description || e.url;
          return (
            <li key={e.id} className="space-y-3 py-4">
              <div className="flex flex-wrap items-center gap-2">
                <span className="break-all font-semibold">{e.url}</span>
                {!e.active && <span className="rounded bg-slate-200 px-2 py-0.5 text-xs">inactive</span>}
              </div>
              {e.description && <p className="text-sm text-slate-700">{e.description}</p>}
              <p className="text-sm text-slate-600">Events: {e.events.join(", ")}</p>
              {e.previousSecretUntil && e.previousSecretUntil > now && (
                <p className="text-xs text-slate-600">
                  After the last rotation the old secret also signs until {when(e.previousSecretUntil)}.
                </p>
              )}
              <div className="flex flex-wrap items-start gap-4">
                <WebhookSecretControls endpointId={e.id} label={name} />
                <SendTestWebhook endpointId={e.id} label={name} />
              </div>
              <WebhookDeliveryLog id={e.id} deliveries={e.deliveries} when={when} label={name} />
              <details>
                <summary className="cursor-pointer text-sm text-brand underline">Edit {name}</summary>
                <div className="mt-2 space-y-3">
                  <WebhookEndpointForm endpoint={e} />
                  <form action={deleteWebhookEndpointAction}>
                    <input type="hidden" name="endpointId" value={e.id} />
                    <button className={`${buttonSecondary} min-h-9 px-3 py-1 text-red-800`}>
                      Remove this endpoint and its log
                    </button>
                  </form>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <h3 className="mb-2 mt-4 font-semibold">Add an endpoint</h3>
      <WebhookEndpointForm />
    </section>
  );
}
