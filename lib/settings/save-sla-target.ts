// Admin sets one priority's response and resolution targets. New work orders use them; open ones
// keep the due times they were given (changing them silently would move promises already made).
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import type { Priority } from "@/lib/db/generated/enums";
import { allow } from "@/lib/directory/guard";

export async function saveSlaTarget({
  actor,
  input,
  now,
}: {
  actor: Actor;
  now: Date;
  input: { priority: Priority; responseHours: number; resolutionHours: number; businessTime: boolean };
}) {
  allow(actor, "settings:edit");
  const data = {
    responseMinutes: Math.round(input.responseHours * 60),
    resolutionMinutes: Math.round(input.resolutionHours * 60),
    businessTime: input.businessTime,
  };
  return asActor(actor, now, (tx) =>
    tx.slaTarget.upsert({
      where: { orgId_priority: { orgId: actor.orgId, priority: input.priority } },
      create: { orgId: actor.orgId, priority: input.priority, ...data },
      update: data,
    }),
  );
}
