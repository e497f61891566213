"use client";
// Settings → Webhooks forms: add or edit an endpoint (errors beside their field, what was typed kept
// on a refusal), show or rotate its signing secret, and queue a test event.
import { useActionState } from "react";
import { Check, Field } from "@/components/directory/field";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, label as labelCls } from "@/components/ui/styles";
import {
  saveWebhookEndpointAction,
  sendTestWebhookAction,
  webhookSecretAction,
  type WebhookFormState,
} from "@/lib/actions/webhooks";
import { WEBHOOK_EVENTS } from "@/lib/outbox/webhook-events";

type Endpoint = { id: string; url: string; description: string; events: string[]; active: boolean };

function Secret({ secret }: { secret?: string }) {
  const { t } = useI18n();
  if (!secret) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <span className="font-semibold">{t("hooks.secret")}</span>{" "}
      <code className="break-all font-mono" data-testid="webhook-secret">
        {secret}
      </code>
    </p>
  );
}

export function WebhookEndpointForm({ endpoint }: { endpoint?: Endpoint }) {
  const [state, run, pending] = useActionState<WebhookFormState, FormData>(saveWebhookEndpointAction, {});
  const p = endpoint ? `hook-${endpoint.id}-` : "new-hook-";
  const chosen = state.values
    ? WEBHOOK_EVENTS.filter((e) => state.values![`events:${e}`] === "on")
    : (endpoint?.events ?? [...WEBHOOK_EVENTS]);
  const eventErrors = state.fieldErrors?.events;
  const { t } = useI18n();
  return (
    <form action={run} noValidate className="space-y-4">
      {endpoint && <input type="hidden" name="endpointId" value={endpoint.id} />}
      <FormMessage message={state.message} ok={state.ok} />
      <Secret secret={state.secret} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          idPrefix={p}
          name="url"
          label="hooks.url"
          type="url"
          state={state}
          defaultValue={endpoint?.url}
          hint="hooks.urlHint"
        />
        <Field
          idPrefix={p}
          name="description"
          label="hooks.description"
          state={state}
          defaultValue={endpoint?.description}
        />
        <fieldset
          className="sm:col-span-2"
          aria-describedby={eventErrors?.length ? `${p}events-error` : undefined}
          key={chosen.join()}
        >
          <legend className={labelCls}>{t("hooks.events")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-5">
            {WEBHOOK_EVENTS.map((e) => (
              <label key={e} className="flex min-h-11 items-center gap-2 py-1 text-sm">
                <input
                  type="checkbox"
                  name={`events:${e}`}
                  defaultChecked={chosen.includes(e)}
                  className="h-5 w-5 shrink-0"
                />
                <span>
                  {t(`hooks.event.${e}`)} <code className="block text-xs text-slate-600">{e}</code>
                </span>
              </label>
            ))}
          </div>
          <FieldError id={`${p}events-error`} errors={eventErrors} />
        </fieldset>
        <Check name="active" label="hooks.active" state={state} defaultChecked={endpoint?.active ?? true} />
      </div>
      <button className={button} disabled={pending}>
        {pending ? t("common.saving") : t(endpoint ? "hooks.save" : "hooks.add")}
      </button>
    </form>
  );
}

// Which endpoint a button acts on, for a screen reader (each endpoint has the same buttons). Read
// after the visible words, so the button's name begins with what is shown (WCAG 2.5.3: a voice user
// says "Rotate secret").
const Which = ({ children }: { children: string }) => <span className="sr-only">{children}</span>;

export function WebhookSecretControls({ endpointId, label }: { endpointId: string; label: string }) {
  const [state, run, pending] = useActionState<WebhookFormState, FormData>(webhookSecretAction, {});
  const small = `${buttonSecondary} min-h-9 px-3 py-1`;
  const { t } = useI18n();
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="endpointId" value={endpointId} />
      <div className="flex flex-wrap gap-2">
        <button name="op" value="reveal" className={small} disabled={pending}>
          {t("hooks.show")} <Which>{t("hooks.ofEndpoint", { label })}</Which>
        </button>
        <button name="op" value="rotate" className={small} disabled={pending}>
          {t("hooks.rotate")} <Which>{t("hooks.ofEndpoint", { label })}</Which>
        </button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Secret secret={state.secret} />
    </form>
  );
}

export function SendTestWebhook({ endpointId, label }: { endpointId: string; label: string }) {
  const [state, run, pending] = useActionState<WebhookFormState, FormData>(sendTestWebhookAction, {});
  const { t } = useI18n();
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="endpointId" value={endpointId} />
      <button className={`${buttonSecondary} min-h-9 px-3 py-1`} disabled={pending}>
        {t("hooks.test")} <Which>{t("hooks.toEndpoint", { label })}</Which>
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
