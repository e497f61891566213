// A tenant of a unit the actor manages: their account, contact details and access profile.
// Codes are encrypted at rest and never read back into a page; blank keeps the saved one.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { encrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { allow, fieldError, found } from "@/lib/directory/guard";
import type { TenantInput } from "@/lib/directory/schemas";

export async function saveTenant({
  actor,
  tenantId,
  input,
  now,
}: {
  actor: Actor;
  tenantId?: string;
  input: TenantInput;
  now: Date;
}) {
  allow(actor, "directory:edit");
  const inScope = { property: { orgId: actor.orgId, id: { in: actor.propertyIds } } };
  const current = tenantId
    ? found(await db().tenantProfile.findFirst({ where: { id: tenantId, unit: inScope } }))
    : null;
  const unit = await db().unit.findFirst({ where: { id: input.unitId, ...inScope } });
  if (!unit) throw fieldError("unitId", "dir.v.unitFromList");
  const other = await db().user.findFirst({
    where: { email: input.email, ...(current ? { NOT: { id: current.userId } } : {}) },
  });
  if (other) throw fieldError("email", "dir.v.emailTaken");
  const code = (value: string | undefined, clear: boolean, saved: string | null | undefined) =>
    clear ? null : value ? encrypt(value) : (saved ?? null);
  const profile = {
    unitId: unit.id,
    contactMethod: input.contactMethod,
    permissionToEnter: input.permissionToEnter,
    pets: input.pets ?? "",
    preferredTimes: input.preferredTimes ?? "",
    gateCodeEnc: code(input.gateCode, input.clearGateCode, current?.gateCodeEnc),
    lockboxCodeEnc: code(input.lockboxCode, input.clearLockboxCode, current?.lockboxCodeEnc),
  };
  const user = { name: input.name, email: input.email, phone: input.phone ?? null, contactMethod: input.contactMethod };
  const saved = await asActor(actor, now, async (tx) => {
    if (current) {
      await tx.user.update({ where: { id: current.userId }, data: user });
      return tx.tenantProfile.update({ where: { id: current.id }, data: profile });
    }
    const created = await tx.user.create({ data: { ...user, orgId: actor.orgId, role: "TENANT" } });
    return tx.tenantProfile.create({ data: { ...profile, userId: created.id } });
  });
  return { ...saved, propertyId: unit.propertyId };
}
