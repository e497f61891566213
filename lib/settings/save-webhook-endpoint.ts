// Admin registers, edits or removes a webhook endpoint of their organisation. A new endpoint gets
// its own signing secret, returned once here (admins can reveal or rotate it later). The URL is
// checked against the SSRF rules as written; each delivery checks the addresses it resolves to.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { encrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { allow, fieldError, found } from "@/lib/directory/guard";
import { env } from "@/lib/env";
import { msg } from "@/lib/i18n/translate";
import { checkWebhookUrl } from "@/lib/outbox/webhook-url";
import { newWebhookSecret } from "@/lib/outbox/webhooks";
import type { WebhookEndpointInput } from "@/lib/settings/webhook-schema";

export const MAX_WEBHOOK_ENDPOINTS = 10;

export async function saveWebhookEndpoint({
  actor,
  endpointId,
  input,
  now,
}: {
  actor: Actor;
  endpointId?: string;
  input: WebhookEndpointInput;
  now: Date;
}): Promise<{ id: string; secret?: string }> {
  allow(actor, "settings:edit");
  const checked = checkWebhookUrl(input.url, { production: env().NODE_ENV === "production" });
  if (!checked.ok) throw fieldError("url", checked.reason);
  const data = { ...input, url: checked.url.href, updatedAt: now };
  if (endpointId) {
    found(
      await db().webhookEndpoint.findFirst({ where: { id: endpointId, orgId: actor.orgId }, select: { id: true } }),
    );
    await asActor(actor, now, (tx) => tx.webhookEndpoint.update({ where: { id: endpointId }, data }));
    return { id: endpointId };
  }
  if ((await db().webhookEndpoint.count({ where: { orgId: actor.orgId } })) >= MAX_WEBHOOK_ENDPOINTS)
    throw fieldError("url", msg("settings.v.hookMax", { max: MAX_WEBHOOK_ENDPOINTS }));
  const secret = newWebhookSecret();
  const { id } = await asActor(actor, now, (tx) =>
    tx.webhookEndpoint.create({
      data: { ...data, orgId: actor.orgId, secretEnc: encrypt(secret), createdAt: now },
      select: { id: true },
    }),
  );
  return { id, secret };
}

/** Removes the endpoint and its delivery log; anything still queued for it is dropped. */
export async function deleteWebhookEndpoint({
  actor,
  endpointId,
  now,
}: {
  actor: Actor;
  endpointId: string;
  now: Date;
}) {
  allow(actor, "settings:edit");
  const { count } = await asActor(actor, now, (tx) =>
    tx.webhookEndpoint.deleteMany({ where: { id: endpointId, orgId: actor.orgId } }),
  );
  found(count > 0 ? true : null);
}
