// An endpoint's signing secret: shown to an admin of its organisation on request, and rotated on
// request. After a rotation the old secret keeps signing beside the new one for a day (Standard
// Webhooks allows several signatures in the header), so a receiver can switch without a gap.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { decrypt, encrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { allow, found } from "@/lib/directory/guard";
import { newWebhookSecret } from "@/lib/outbox/webhooks";

export const ROTATION_OVERLAP_MS = 24 * 3600_000;

export async function revealWebhookSecret({ actor, endpointId }: { actor: Actor; endpointId: string }) {
  allow(actor, "settings:edit");
  const e = found(
    await db().webhookEndpoint.findFirst({
      where: { id: endpointId, orgId: actor.orgId },
      select: { secretEnc: true },
    }),
  );
  return decrypt(e.secretEnc);
}

export async function rotateWebhookSecret({ actor, endpointId, now }: { actor: Actor; endpointId: string; now: Date }) {
  allow(actor, "settings:edit");
  return asActor(actor, now, async (tx) => {
    const e = found(
      await tx.webhookEndpoint.findFirst({
        where: { id: endpointId, orgId: actor.orgId },
        select: { secretEnc: true },
      }),
    );
    const secret = newWebhookSecret();
    await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: {
        secretEnc: encrypt(secret),
        previousSecretEnc: e.secretEnc,
        previousSecretUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS),
        updatedAt: now,
      },
    });
    return secret;
  });
}
