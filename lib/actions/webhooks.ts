"use server";
// Settings → Webhooks: parse, who may call (the use cases check settings:edit themselves; the
// session is read first, before anything changes), the use case, revalidate. A refused form keeps
// what was typed; a signing secret comes back only to the admin who asked for it.
import { revalidatePath } from "next/cache";
import { requestTime } from "@/lib/actions/request-time";
import { requireActor } from "@/lib/auth/session";
import { failed, formValues, invalid, type FormState } from "@/lib/directory/form-state";
import { chosen } from "@/lib/directory/intake-link";
import { deleteWebhookEndpoint, saveWebhookEndpoint } from "@/lib/settings/save-webhook-endpoint";
import { sendTestWebhook } from "@/lib/settings/send-test-webhook";
import { webhookEndpointSchema } from "@/lib/settings/webhook-schema";
import { revealWebhookSecret, rotateWebhookSecret } from "@/lib/settings/webhook-secret";

export type WebhookFormState = FormState & { secret?: string };

const s = (fd: FormData, k: string) => String(fd.get(k) ?? "");
const PATH = "/dashboard/settings";

export async function saveWebhookEndpointAction(_p: WebhookFormState, fd: FormData): Promise<WebhookFormState> {
  const parsed = webhookEndpointSchema.safeParse({
    url: s(fd, "url"),
    description: s(fd, "description"),
    events: chosen(fd, "events"),
    active: fd.get("active") === "on",
  });
  if (!parsed.success) return invalid(parsed.error, fd);
  const endpointId = s(fd, "endpointId") || undefined;
  let secret: string | undefined;
  try {
    const actor = await requireActor("settings:edit");
    ({ secret } = await saveWebhookEndpoint({ actor, endpointId, input: parsed.data, now: requestTime() }));
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath(PATH);
  if (endpointId) return { ok: true, message: "Endpoint saved.", values: formValues(fd) };
  return { ok: true, message: "Endpoint added. Copy its signing secret now into your receiver.", secret };
}

export async function deleteWebhookEndpointAction(fd: FormData): Promise<void> {
  const actor = await requireActor("settings:edit");
  await deleteWebhookEndpoint({ actor, endpointId: s(fd, "endpointId") });
  revalidatePath(PATH);
}

/** Reveal or rotate: both answer with the secret now in force, for this admin's screen only. */
export async function webhookSecretAction(_p: WebhookFormState, fd: FormData): Promise<WebhookFormState> {
  const endpointId = s(fd, "endpointId");
  try {
    const actor = await requireActor("settings:edit");
    if (s(fd, "op") === "rotate") {
      const secret = await rotateWebhookSecret({ actor, endpointId, now: requestTime() });
      revalidatePath(PATH);
      return { ok: true, message: "New secret made. The old one also signs for 24 hours.", secret };
    }
    return { ok: true, secret: await revealWebhookSecret({ actor, endpointId }) };
  } catch (err) {
    return failed(err, fd);
  }
}

export async function sendTestWebhookAction(_p: WebhookFormState, fd: FormData): Promise<WebhookFormState> {
  try {
    const actor = await requireActor("settings:edit");
    await sendTestWebhook({ actor, endpointId: s(fd, "endpointId"), now: requestTime() });
  } catch (err) {
    return failed(err, fd);
  }
  revalidatePath(PATH);
  return { ok: true, message: "Test event queued: it goes out with the next delivery run, within a minute." };
}
