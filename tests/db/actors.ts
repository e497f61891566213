// A demo user as the use cases see them (what the session layer builds from a signed-in user).
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function actorFor(email: string): Promise<Actor> {
  const u = await db().user.findUniqueOrThrow({
    where: { email },
    include: { managedProperties: true, tenantProfile: true, ownerProfile: { select: { id: true } } },
  });
  const propertyIds =
    u.role === "ADMIN"
      ? (await db().property.findMany()).map((p) => p.id)
      : u.managedProperties.map((m) => m.propertyId);
  return {
    userId: u.id,
    orgId: u.orgId,
    role: u.role,
    name: u.name,
    email: u.email,
    propertyIds,
    unitId: u.tenantProfile?.unitId ?? null,
    ownerId: u.ownerProfile?.id ?? null,
  };
}
