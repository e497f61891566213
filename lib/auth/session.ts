// Who is calling. Every page, action and route handler asks here itself; the layouts only redirect.
import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { auth } from "@/lib/auth/auth";
import { can, type Action } from "@/lib/auth/permissions";

export type Actor = {
  userId: string;
  orgId: string;
  role: Role;
  name: string;
  email: string;
  propertyIds: string[]; // the properties a manager may see; every one for an admin
  unitId: string | null; // a tenant's unit
  ownerId?: string | null; // an owner's record: their properties are theirs to see
};

/**
 * Someone holding a work order's tracking link (a QR reporter without an account): a tenant for
 * that one work order and nothing else. No user row, so events carry only their name.
 */
export type LinkHolder = {
  via: "tracking-link";
  userId?: undefined;
  workOrderId: string;
  orgId: string;
  role: "TENANT";
  name: string;
};

/** Whoever a tenant-side use case acts for: a signed-in person or a tracking-link holder. */
export type Caller = Actor | LinkHolder;

/**
 * An outside vendor acting through their job link (issue 8): that one work order, while it is
 * theirs. No user row; events carry the company's name.
 */
export type VendorCaller = {
  via: "vendor-link";
  userId?: undefined;
  workOrderId: string;
  vendorId: string;
  orgId: string;
  role: "VENDOR";
  name: string;
};

export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db().user.findFirst({
    where: { id: userId, disabledAt: null },
    include: { managedProperties: true, tenantProfile: true, ownerProfile: { select: { id: true } } },
  });
  if (!user) return null;
  const propertyIds =
    user.role === "ADMIN"
      ? (await db().property.findMany({ where: { orgId: user.orgId }, select: { id: true } })).map((p) => p.id)
      : user.managedProperties.map((m) => m.propertyId);
  return {
    userId: user.id,
    orgId: user.orgId,
    role: user.role,
    name: user.name,
    email: user.email,
    propertyIds,
    unitId: user.tenantProfile?.unitId ?? null,
    ownerId: user.ownerProfile?.id ?? null,
  };
}

/** For actions: the actor, or an error if not signed in or not allowed. */
export async function requireActor(action: Action): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "err.UNAUTHENTICATED");
  if (!can(actor, action)) throw new AppError("FORBIDDEN", "err.ROLE_NOT_ALLOWED");
  return actor;
}

/** For pages: the actor, or a redirect to sign in (or to their own home if the role does not fit). */
export async function pageActor(action: Action, returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor, action)) redirect(homeFor(actor.role));
  return actor;
}

export function homeFor(role: Role): string {
  return role === "TENANT"
    ? "/requests"
    : role === "ADMIN" || role === "MANAGER"
      ? "/dashboard"
      : role === "OWNER"
        ? "/owner"
        : role === "TECHNICIAN"
          ? "/jobs"
          : "/";
}
