"use server";
// Settings → Webhooks: who (settings:edit, the admin's; checked before anything changes), the fields,
// the use case, revalidate. A refused form keeps what was typed; a signing secret comes back only to
// the admin who asked for it.
import { z } from "zod";
import { formAction, plainAction, staff, typedValues, withBlanks } from "@/lib/actions/define";
import type { Actor } from "@/lib/auth/session";
import type { ActionState } from "@/lib/errors";
import { chosen } from "@/lib/directory/intake-link";
import { deleteWebhookEndpoint, saveWebhookEndpoint } from "@/lib/settings/save-webhook-endpoint";
import { sendTestWebhook } from "@/lib/settings/send-test-webhook";
import { webhookEndpointSchema, type WebhookEndpointInput } from "@/lib/settings/webhook-schema";
import { revealWebhookSecret, rotateWebhookSecret } from "@/lib/settings/webhook-secret";

export type WebhookFormState = ActionState & { secret?: string };

const admin = staff("settings:edit");
const endpointId = z.string().default("");
const PATH = ["/dashboard/settings"];

export const saveWebhookEndpointAction = formAction<
  Actor,
  WebhookEndpointInput & { endpointId: string },
  WebhookFormState
>({
  who: admin,
  input: webhookEndpointSchema.extend({ endpointId }),
  read: (formData) => ({
    ...withBlanks("url", "description", "endpointId")(formData),
    events: chosen(formData, "events"),
    active: formData.get("active") === "on",
  }),
  run: async ({ caller, input: { endpointId, ...input }, formData, now }) => {
    const { secret } = await saveWebhookEndpoint({ actor: caller, endpointId: endpointId || undefined, input, now });
    if (endpointId)
      return { revalidate: PATH, state: { ok: true, message: "hooks.saved", values: typedValues(formData) } };
    const message = "hooks.added";
    return { revalidate: PATH, state: { ok: true, message, secret } };
  },
});

export const deleteWebhookEndpointAction = plainAction({
  who: admin,
  input: z.object({ endpointId }),
  run: async ({ caller, input, now }) => {
    await deleteWebhookEndpoint({ actor: caller, now, endpointId: input.endpointId });
    return { revalidate: PATH };
  },
});

/** Reveal or rotate: both answer with the secret now in force, for this admin's screen only. */
export const webhookSecretAction = formAction<Actor, { endpointId: string; op: string }, WebhookFormState>({
  who: admin,
  input: z.object({ endpointId, op: z.string().default("") }),
  run: async ({ caller, input: { endpointId, op }, now }) => {
    if (op === "rotate") {
      const secret = await rotateWebhookSecret({ actor: caller, endpointId, now });
      const message = "hooks.rotated";
      return { revalidate: PATH, state: { ok: true, message, secret } };
    }
    return { state: { ok: true, secret: await revealWebhookSecret({ actor: caller, endpointId }) } };
  },
});

export const sendTestWebhookAction = formAction<Actor, { endpointId: string }, WebhookFormState>({
  who: admin,
  input: z.object({ endpointId }),
  run: async ({ caller, input, now }) => {
    await sendTestWebhook({ actor: caller, endpointId: input.endpointId, now });
    const message = "hooks.testQueued";
    return { revalidate: PATH, state: { ok: true, message } };
  },
});
