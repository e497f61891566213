// The threshold forms' actions as Next calls them (only the session stubbed): a manager is refused
// at the action and nothing changes; a bad value comes back beside its field with everything typed
// kept; good values are saved as integer cents.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
const { inEnglish } = await import("../support/english");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveApprovalSettingsAction } = await import("@/lib/actions/settings");
const { savePropertyThresholdsAction } = await import("@/lib/actions/directory");
const { saveOwnerAction } = await import("@/lib/actions/directory");
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

let admin: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db());
  [admin, dana] = await Promise.all(["admin@fixwell.example", "dana.reyes@fixwell.example"].map(actorFor));
});
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};
const org = () => db().organization.findUniqueOrThrow({ where: { id: admin.orgId } });

describe("Cost approvals in settings", () => {
  it("a manager is refused and nothing changes", async () => {
    session.actor = dana;
    const before = await org();
    expect(
      await saveApprovalSettingsAction(
        {},
        form({ managerLimit: "50", ownerLimit: "100", reminderHours: "1", escalateHours: "2" }),
      ),
    ).toMatchObject({ ok: false, message: "err.ROLE_NOT_ALLOWED" });
    expect(await org()).toEqual(before);
  });

  it("bad values: a message beside each field, everything typed kept, nothing saved", async () => {
    session.actor = admin;
    const before = await org();
    const typed = { managerLimit: "750", ownerLimit: "500", reminderHours: "48", escalateHours: "12.5" };
    const state = await saveApprovalSettingsAction({}, form(typed));
    expect(inEnglish(state)).toMatchObject({
      ok: false,
      values: typed,
      fieldErrors: { escalateHours: [expect.stringMatching(/whole number of hours/)] },
    });
    const limits = await saveApprovalSettingsAction({}, form({ ...typed, escalateHours: "96" }));
    expect(inEnglish(limits)).toMatchObject({
      ok: false,
      fieldErrors: { managerLimit: [expect.stringMatching(/cannot be above the owner's/)] },
      values: { managerLimit: "750" },
    });
    expect(await org()).toEqual(before);
  });

  it("good values are saved as cents and hours", async () => {
    session.actor = admin;
    expect(
      await saveApprovalSettingsAction(
        {},
        form({ managerLimit: "$250.50", ownerLimit: "1,000", reminderHours: "24", escalateHours: "72" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await org()).toMatchObject({
      managerApprovalLimitCents: 25_050,
      ownerNotifyLimitCents: 100_000,
      ownerReminderHours: 24,
      ownerEscalateHours: 72,
    });
  });
});

describe("a property's limits and an owner's terms, on their directory pages", () => {
  it("Dana cannot set her own property's limits; the admin can, and a bad one is refused beside its field", async () => {
    const maple = await db().property.findFirstOrThrow({ where: { slug: "maple-court" } });
    session.actor = dana;
    expect(
      await savePropertyThresholdsAction({}, form({ propertyId: maple.id, managerLimit: "1000", ownerLimit: "" })),
    ).toMatchObject({ ok: false, message: "err.ROLE_NOT_ALLOWED" });
    session.actor = admin;
    expect(
      inEnglish(
        await savePropertyThresholdsAction({}, form({ propertyId: maple.id, managerLimit: "abc", ownerLimit: "300" })),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { managerLimit: [expect.stringMatching(/whole cents/)] },
      values: { managerLimit: "abc", ownerLimit: "300" },
    });
    expect(await db().property.findUniqueOrThrow({ where: { id: maple.id } })).toMatchObject({
      managerApprovalLimitCents: null,
      ownerApprovalLimitCents: null,
    });
    expect(
      await savePropertyThresholdsAction({}, form({ propertyId: maple.id, managerLimit: "", ownerLimit: "300" })),
    ).toMatchObject({ ok: true });
    expect(await db().property.findUniqueOrThrow({ where: { id: maple.id } })).toMatchObject({
      managerApprovalLimitCents: null,
      ownerApprovalLimitCents: 30_000,
    });
  });

  it("the owner form shows a contact error and an approval-term error together, and saves both when right", async () => {
    session.actor = admin;
    const henry = await db().owner.findFirstOrThrow({ where: { name: "Henry Lam" } });
    const typed = {
      ownerId: henry.id,
      name: henry.name,
      email: "not-an-email",
      phone: "",
      secondContactEmail: "",
      approvalLimit: "3 hundred",
      deemedApprovedAfterHours: "48",
    };
    const state = await saveOwnerAction({}, form(typed));
    expect(state).toMatchObject({ ok: false, values: { approvalLimit: "3 hundred", deemedApprovedAfterHours: "48" } });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["approvalLimit", "email"]);
    expect(await db().owner.findUniqueOrThrow({ where: { id: henry.id } })).toEqual(henry);
    // Saved: the action redirects to the owners list.
    await expect(
      saveOwnerAction(
        {},
        form({ ...typed, email: henry.email, secondContactEmail: "henry.office@owners.example", approvalLimit: "300" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/dashboard/directory/owners?saved=1") });
    expect(await db().owner.findUniqueOrThrow({ where: { id: henry.id } })).toMatchObject({
      approvalLimitCents: 30_000,
      deemedApprovedAfterHours: 48,
      secondContactEmail: "henry.office@owners.example",
    });
  });
});
