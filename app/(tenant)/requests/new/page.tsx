import type { Metadata } from "next";
import { RequestForm } from "@/components/work-orders/request-form";
import { pageActor } from "@/lib/auth/session";
import { randomToken } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { listCategories } from "@/lib/work-orders/queries";

export const metadata: Metadata = { title: "Report a problem" };

export default async function NewRequest() {
  const actor = await pageActor("request:create", "/requests/new");
  const [categories, unit, org, profile] = await Promise.all([
    listCategories(actor.orgId),
    actor.unitId ? db().unit.findUnique({ where: { id: actor.unitId }, include: { property: true } }) : null,
    db().organization.findUniqueOrThrow({ where: { id: actor.orgId } }),
    db().tenantProfile.findUnique({ where: { userId: actor.userId } }),
  ]);
  const openRequests = actor.unitId
    ? await db().workOrder.findMany({
        where: { unitId: actor.unitId, status: { in: ["NEW", "ASSIGNED", "SCHEDULED"] }, linkedToId: null },
        select: { trackingNumber: true, categoryId: true, category: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  // The codes themselves never reach the page: only whether one is saved.
  const access = {
    permissionToEnter: profile?.permissionToEnter ?? false,
    pets: profile?.pets ?? "",
    preferredTimes: profile?.preferredTimes ?? "",
    contactMethod: profile?.contactMethod ?? "EMAIL",
    hasGateCode: !!profile?.gateCodeEnc,
    hasLockboxCode: !!profile?.lockboxCodeEnc,
  };
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">Report a problem</h1>
      {unit ? (
        <RequestForm mode="tenant" categories={categories} idempotencyKey={randomToken()} unitLabel={`${unit.property.name} ${unit.label}`} hotline={org.emergencyHotline} access={access}
          openRequests={openRequests.map((r) => ({ trackingNumber: r.trackingNumber, categoryId: r.categoryId, categoryName: r.category.name }))} />
      ) : (
        <p role="alert">Your account is not linked to a unit yet. Ask your property manager to add you.</p>
      )}
    </main>
  );
}
