// Approval thresholds on a real database (issue 7): the organisation's (settings), a property's and
// an owner's own limits are admin-only, read back as saved, and really decide who approves the next
// estimate: the most specific wins (property, then owner, then organisation).
import { beforeAll, describe, expect, it } from "vitest";
import { addEstimate } from "@/lib/approvals/add-estimate";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { saveOwner } from "@/lib/directory/save-owner";
import { savePropertyThresholds } from "@/lib/directory/save-property-thresholds";
import { orgApprovalSchema, ownerApprovalSchema, propertyThresholdSchema } from "@/lib/directory/approval-schemas";
import { saveApprovalSettings } from "@/lib/settings/save-approval-settings";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

let admin: Actor, dana: Actor, sam: Actor, plumbingId: string;
beforeAll(async () => {
  await seedDemo(db());
  [admin, dana, sam] = await Promise.all(
    ["admin@fixwell.example", "dana.reyes@fixwell.example", "sam.wolfe@fixwell.example"].map(actorFor),
  );
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
});

const property = (slug: string) => db().property.findFirstOrThrow({ where: { slug }, include: { owner: true } });
let n = 0;
/** A routine plumbing job at the property, with an estimate of `cents` added by its manager. */
async function estimate(slug: string, manager: Actor, cents: number) {
  const unit = await db().unit.findFirstOrThrow({ where: { property: { slug } }, orderBy: { label: "asc" } });
  const wo = await createWorkOrder({
    reporter: { actor: manager },
    input: {
      idempotencyKey: `thr-${slug}-${++n}`.padEnd(16, "x"),
      unitId: unit.id,
      categoryId: plumbingId,
      severity: "ROUTINE",
      description: "Kitchen sink drains slowly",
    },
    now: new Date(),
  });
  const { rule } = await addEstimate({
    actor: manager,
    trackingNumber: wo.trackingNumber,
    input: { amountCents: cents, description: "Clear and reseat the trap" },
    now: new Date(),
  });
  const after = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
  const emails = await db().outboxMessage.findMany({
    where: { workOrderId: wo.id, template: { in: ["owner-approval", "owner-notice"] } },
    select: { template: true },
  });
  return { approver: rule.approver, hold: after.holdReason, emails: emails.map((e) => e.template) };
}

const now = new Date();

describe("who may change the thresholds", () => {
  it("a manager is refused each, at the use case, and nothing changes", async () => {
    const oak = await property("oak-terrace");
    const orgBefore = await db().organization.findUniqueOrThrow({ where: { id: sam.orgId } });
    const ownerBefore = await db().owner.findUniqueOrThrow({ where: { id: oak.ownerId! } });
    for (const p of [
      saveApprovalSettings({
        actor: sam,
        now,
        input: orgApprovalSchema.parse({
          managerLimit: "1000",
          ownerLimit: "5000",
          reminderHours: "1",
          escalateHours: "2",
        }),
      }),
      savePropertyThresholds({
        now,
        actor: sam,
        propertyId: oak.id,
        input: propertyThresholdSchema.parse({ managerLimit: "1000", ownerLimit: "5000" }),
      }), // his own property
      saveOwner({
        now,
        actor: sam,
        ownerId: oak.ownerId!,
        input: { name: oak.owner!.name, email: oak.owner!.email },
        approval: ownerApprovalSchema.parse({ approvalLimit: "9999", deemedApprovedAfterHours: "1" }),
      }),
    ])
      await expect(p).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().organization.findUniqueOrThrow({ where: { id: sam.orgId } })).toEqual(orgBefore);
    expect(await db().property.findUniqueOrThrow({ where: { id: oak.id } })).toMatchObject({
      managerApprovalLimitCents: null,
      ownerApprovalLimitCents: null,
    });
    expect(await db().owner.findUniqueOrThrow({ where: { id: oak.ownerId! } })).toEqual(ownerBefore);
  });

  it("another organisation's property is not found", async () => {
    const other = await db().organization.create({
      data: { name: "Elsewhere PM", emergencyHotline: "+1 555 000 1111" },
    });
    const theirs = await db().property.create({
      data: { orgId: other.id, name: "Elm", slug: "elm-elsewhere", address: "1 Elm St" },
    });
    await expect(
      savePropertyThresholds({
        now,
        actor: admin,
        propertyId: theirs.id,
        input: { managerApprovalLimitCents: 1, ownerApprovalLimitCents: 2 },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().property.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      managerApprovalLimitCents: null,
      ownerApprovalLimitCents: null,
    });
  });
});

describe("the thresholds decide who approves", () => {
  it("defaults: $350 at Oak Terrace is the manager's, the owner told", async () => {
    expect(await estimate("oak-terrace", sam, 35_000)).toEqual({
      approver: "MANAGER",
      hold: null,
      emails: ["owner-notice"],
    });
  });

  it("a property limit of $300: the same $350 needs the owner (hold, emailed link); Maple Court, same owner, is unchanged", async () => {
    const oak = await property("oak-terrace");
    await savePropertyThresholds({
      now,
      actor: admin,
      propertyId: oak.id,
      input: propertyThresholdSchema.parse({ managerLimit: "", ownerLimit: "300" }),
    });
    expect(await db().property.findUniqueOrThrow({ where: { id: oak.id } })).toMatchObject({
      managerApprovalLimitCents: null,
      ownerApprovalLimitCents: 30_000,
    });
    expect(await estimate("oak-terrace", sam, 35_000)).toEqual({
      approver: "OWNER",
      hold: "WAITING_FOR_OWNER_APPROVAL",
      emails: ["owner-approval"],
    });
    expect(await estimate("oak-terrace", sam, 30_000)).toMatchObject({ approver: "MANAGER", hold: null });
    expect(await estimate("maple-court", dana, 35_000)).toMatchObject({ approver: "MANAGER", hold: null });
    // Emptied again: back to the owner's, then the organisation's limits.
    await savePropertyThresholds({
      now,
      actor: admin,
      propertyId: oak.id,
      input: propertyThresholdSchema.parse({ managerLimit: "", ownerLimit: "" }),
    });
    expect(await estimate("oak-terrace", sam, 35_000)).toMatchObject({ approver: "MANAGER" });
  });

  it("a property manager limit of $50: $60 is no longer the manager's alone (the owner is told)", async () => {
    const harbor = await property("harbor-view");
    await savePropertyThresholds({
      now,
      actor: admin,
      propertyId: harbor.id,
      input: propertyThresholdSchema.parse({ managerLimit: "50", ownerLimit: "" }),
    });
    expect(await estimate("harbor-view", dana, 6_000)).toEqual({
      approver: "MANAGER",
      hold: null,
      emails: ["owner-notice"],
    });
    expect(await estimate("harbor-view", dana, 4_999)).toEqual({ approver: "MANAGER", hold: null, emails: [] });
  });

  it("an owner's own limit ($250), saved on their page, applies where the property sets none; a property's limit beats it", async () => {
    const harbor = await property("harbor-view");
    const henry = harbor.owner!;
    await saveOwner({
      now,
      actor: admin,
      ownerId: henry.id,
      input: { name: henry.name, email: henry.email, phone: henry.phone ?? undefined },
      approval: ownerApprovalSchema.parse({ approvalLimit: "250", deemedApprovedAfterHours: "72" }),
    });
    expect(await db().owner.findUniqueOrThrow({ where: { id: henry.id } })).toMatchObject({
      approvalLimitCents: 25_000,
      deemedApprovedAfterHours: 72,
    });
    expect(await estimate("harbor-view", dana, 25_001)).toMatchObject({
      approver: "OWNER",
      hold: "WAITING_FOR_OWNER_APPROVAL",
    });
    await savePropertyThresholds({
      now,
      actor: admin,
      propertyId: harbor.id,
      input: propertyThresholdSchema.parse({ managerLimit: "", ownerLimit: "400" }),
    });
    expect(await estimate("harbor-view", dana, 25_001)).toMatchObject({ approver: "MANAGER", hold: null });
    // Emptied on the owner's page: off again (null), not left as it was.
    await saveOwner({
      now,
      actor: admin,
      ownerId: henry.id,
      input: { name: henry.name, email: henry.email },
      approval: ownerApprovalSchema.parse({ approvalLimit: "", deemedApprovedAfterHours: "" }),
    });
    expect(await db().owner.findUniqueOrThrow({ where: { id: henry.id } })).toMatchObject({
      approvalLimitCents: null,
      deemedApprovedAfterHours: null,
    });
  });

  it("the organisation's limits, saved in settings, apply everywhere nothing more specific is set", async () => {
    await saveApprovalSettings({
      actor: admin,
      now,
      input: orgApprovalSchema.parse({
        managerLimit: "100",
        ownerLimit: "200",
        reminderHours: "24",
        escalateHours: "72",
      }),
    });
    expect(await db().organization.findUniqueOrThrow({ where: { id: admin.orgId } })).toMatchObject({
      managerApprovalLimitCents: 10_000,
      ownerNotifyLimitCents: 20_000,
      ownerReminderHours: 24,
      ownerEscalateHours: 72,
    });
    expect(await estimate("maple-court", dana, 20_001)).toMatchObject({
      approver: "OWNER",
      hold: "WAITING_FOR_OWNER_APPROVAL",
    });
    expect(await estimate("maple-court", dana, 9_999)).toEqual({ approver: "MANAGER", hold: null, emails: [] });
  });
});
