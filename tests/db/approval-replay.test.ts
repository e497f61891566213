// Issue 7, "refused and changing nothing": an owner approving through a replayed action with another
// estimate's id — another owner's estimate, and another estimate of the same work order — whether
// by their emailed link or signed in as the OWNER. The server actions are called as Next calls
// them, with the form a replay would send; only the session is stubbed (Auth.js needs a live
// request scope). Everything else runs on a real database.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { decideAction } = await import("@/lib/actions/approve");
const { addEstimateAction, changeEstimateAction, decideEstimateAction } = await import("@/lib/actions/estimates");
const { addEstimate } = await import("@/lib/approvals/add-estimate");
const { decideAsManager } = await import("@/lib/approvals/decide-as-manager");
const { decideByLink } = await import("@/lib/approvals/decide-by-link");
const { decrypt } = await import("@/lib/crypto");
const { db } = await import("@/lib/db/client");
const { createWorkOrder } = await import("@/lib/work-orders/create-work-order");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

type Est = { id: string; workOrderId: string; trackingNumber: number; token: string };
let olivia: Actor, henry: Actor, dana: Actor;
let mine: Est, sameJob: Est, henrys: Est;

async function emailedToken(estimateId: string) {
  const row = await db().outboxMessage.findFirstOrThrow({
    where: { template: "owner-approval", dedupeKey: { startsWith: `estimate:${estimateId}:` } },
    orderBy: { createdAt: "desc" },
  });
  return decrypt(row.secretEnc!).split("/approve/")[1];
}
async function ownerEstimate(slug: string, key: string, cents: number, trackingNumber?: number): Promise<Est> {
  if (!trackingNumber) {
    const unit = await db().unit.findFirstOrThrow({ where: { property: { slug } }, orderBy: { label: "desc" } });
    const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
    trackingNumber = (
      await createWorkOrder({
        reporter: { actor: dana },
        input: {
          idempotencyKey: `replay-${key}`.padEnd(16, "x"),
          unitId: unit.id,
          categoryId: plumbing.id,
          severity: "ROUTINE",
          description: "Boiler keeps cutting out",
        },
        now: new Date(),
      })
    ).trackingNumber;
  }
  const { estimate } = await addEstimate({
    actor: dana,
    trackingNumber,
    input: { amountCents: cents, description: `Quote ${key}` },
    now: new Date(),
  });
  return { id: estimate.id, workOrderId: estimate.workOrderId, trackingNumber, token: await emailedToken(estimate.id) };
}
function form(fields: Record<string, string | number>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, String(v));
  return fd;
}
/** Everything an approval could change, for all three estimates. */
async function snapshot() {
  const ids = [mine.id, sameJob.id, henrys.id];
  return {
    estimates: await db().costEstimate.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } }),
    approvals: await db().costApproval.count(),
    tokens: await db().actionToken.findMany({
      where: { estimateId: { in: ids } },
      select: { id: true, usedAt: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    workOrders: await db().workOrder.findMany({
      where: { id: { in: [mine.workOrderId, henrys.workOrderId] } },
      select: { id: true, holdReason: true, holdNote: true, version: true },
      orderBy: { id: "asc" },
    }),
    events: await db().workOrderEvent.count({
      where: {
        type: {
          in: [
            "OWNER_APPROVED",
            "OWNER_DECLINED",
            "ESTIMATE_APPROVED",
            "ESTIMATE_DECLINED",
            "ESTIMATE_CHANGED",
            "ESTIMATE_ADDED",
          ],
        },
      },
    }),
  };
}

beforeAll(async () => {
  await seedDemo(db());
  [olivia, henry, dana] = await Promise.all(
    ["olivia.grant@owners.example", "henry.lam@owners.example", "dana.reyes@fixwell.example"].map(actorFor),
  );
  mine = await ownerEstimate("maple-court", "mine", 75_000); // Olivia's
  sameJob = await ownerEstimate("maple-court", "same", 82_000, mine.trackingNumber); // a second quote, same work order
  henrys = await ownerEstimate("harbor-view", "henry", 90_000); // another owner's
});

describe("by the emailed link", () => {
  it("Olivia's link with another estimate's id in the form (Henry's; the other quote on her job) decides nothing", async () => {
    session.actor = null;
    const before = await snapshot();
    for (const estimateId of [henrys.id, sameJob.id]) {
      for (const decision of ["APPROVED", "DECLINED"]) {
        const state = await decideAction(
          {},
          form({ token: mine.token, estimateId, decision, comment: "Replayed with someone else's id" }),
        );
        expect(state, estimateId).toMatchObject({ ok: false, message: "approval.missing" });
      }
      await expect(
        decideByLink({ token: mine.token, estimateId, decision: "APPROVED", now: new Date() }),
      ).rejects.toMatchObject({ state: "missing" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the same replay signed in as Olivia changes nothing either: the link, not the session, is the credential", async () => {
    session.actor = olivia;
    const before = await snapshot();
    expect(
      await decideAction({}, form({ token: mine.token, estimateId: henrys.id, decision: "APPROVED" })),
    ).toMatchObject({ ok: false, message: "approval.missing" });
    expect(await snapshot()).toEqual(before);
  });

  it("her link with her own estimate's id still works, and decides that estimate only", async () => {
    session.actor = null;
    await expect(
      decideAction({}, form({ token: mine.token, estimateId: mine.id, decision: "APPROVED" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`/approve/${mine.token}?done=APPROVED`) });
    const rows = await db().costEstimate.findMany({ where: { id: { in: [mine.id, sameJob.id, henrys.id] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [mine.id]: "APPROVED",
      [sameJob.id]: "PENDING",
      [henrys.id]: "PENDING",
    });
    expect(await db().costApproval.findMany({ select: { estimateId: true, ownerId: true } })).toEqual([
      { estimateId: mine.id, ownerId: olivia.ownerId },
    ]);
  });
});

describe("signed in as the OWNER, through the staff actions", () => {
  it("approving, declining, changing or adding an estimate by id is refused (FORBIDDEN) and changes nothing", async () => {
    for (const owner of [olivia, henry]) {
      session.actor = owner;
      const before = await snapshot();
      for (const e of [henrys, sameJob]) {
        for (const decision of ["APPROVED", "DECLINED"]) {
          expect(
            await decideEstimateAction({}, form({ estimateId: e.id, decision, trackingNumber: e.trackingNumber })),
          ).toMatchObject({ ok: false, message: "err.ROLE_NOT_ALLOWED" });
        }
        expect(
          await changeEstimateAction({}, form({ estimateId: e.id, trackingNumber: e.trackingNumber, amount: "1.00" })),
        ).toMatchObject({ ok: false, message: "err.ROLE_NOT_ALLOWED" });
        await expect(
          decideAsManager({ actor: owner, estimateId: e.id, decision: "APPROVED", now: new Date() }),
        ).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
      expect(
        await addEstimateAction(
          {},
          form({ trackingNumber: mine.trackingNumber, amount: "1.00", description: "Cheap fix, approve me" }),
        ),
      ).toMatchObject({ ok: false, message: "err.ROLE_NOT_ALLOWED" });
      expect(await snapshot()).toEqual(before);
    }
  });

  it("the same action does work for the manager (so the refusals above are the role's, not a broken form)", async () => {
    session.actor = dana;
    expect(
      await changeEstimateAction(
        {},
        form({ estimateId: sameJob.id, trackingNumber: sameJob.trackingNumber, amount: "450" }),
      ),
    ).toMatchObject({ ok: true });
    expect((await db().costEstimate.findUniqueOrThrow({ where: { id: sameJob.id } })).amountCents).toBe(45_000);
  });
});
