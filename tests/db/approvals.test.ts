// Cost approvals on a real database (issue 7): a $750 estimate puts the work on hold and emails the
// owner a single-use link; the owner's approval releases it. Refused, and changing nothing: a link
// used twice, after its estimate changed, expired, with one character altered; reading a link
// spends nothing. A $150 estimate is the manager's alone.
import { beforeAll, describe, expect, it } from "vitest";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { readApprovalLink } from "@/lib/approvals/approval-link";
import { decideAsManager } from "@/lib/approvals/decide-as-manager";
import { decideByLink } from "@/lib/approvals/decide-by-link";
import { updateEstimate } from "@/lib/approvals/update-estimate";
import type { Actor } from "@/lib/auth/session";
import { decrypt, sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { refusal } from "../support/english";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, sam: Actor, tech: Actor, plumbingId: string;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, sam, tech] = await Promise.all(
    [
      "tenant@fixwell.example",
      "dana.reyes@fixwell.example",
      "sam.wolfe@fixwell.example",
      "tech.kai@fixwell.example",
    ].map(actorFor),
  );
  plumbingId = (await db().category.findFirstOrThrow({ where: { name: "Plumbing" } })).id;
});

async function assigned(key: string) {
  const wo = await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `appr-${key}`.padEnd(16, "x"),
      categoryId: plumbingId,
      severity: "URGENT",
      description: "Water heater leaking from the bottom",
    },
    now: new Date(),
  });
  const vendor = await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } });
  return db().workOrder.update({ where: { id: wo.id }, data: { status: "ASSIGNED", vendorId: vendor.id } });
}
/** The link the owner got, read from the queued email as they would read their inbox. */
async function emailedToken(estimateId: string) {
  const rows = await db().outboxMessage.findMany({
    where: { template: "owner-approval", dedupeKey: { startsWith: `estimate:${estimateId}:` } },
    orderBy: { createdAt: "desc" },
  });
  expect(rows[0].body).not.toMatch(/approve\/[A-Za-z0-9_-]{43}/); // never in clear in the row
  return decrypt(rows[0].secretEnc!).split("/approve/")[1];
}

describe("a $750 estimate needs the owner", () => {
  it("holds the work, emails a hashed single-use link; approving releases the hold and tells the manager and vendor", async () => {
    const wo = await assigned("750");
    const { estimate, rule } = await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 75_000, description: "Replace the 40-gallon water heater" },
      now: new Date(),
    });
    expect(rule).toMatchObject({ approver: "OWNER", notifyOwner: true });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      holdReason: "WAITING_FOR_OWNER_APPROVAL",
      status: "ASSIGNED",
    });
    const owner = await db().owner.findFirstOrThrow({ where: { properties: { some: { id: wo.propertyId } } } });
    const email = await db().outboxMessage.findFirstOrThrow({
      where: { template: "owner-approval", workOrderId: wo.id },
    });
    expect(email.recipient).toBe(owner.email);
    const token = await emailedToken(estimate.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db().actionToken.count({ where: { tokenHash: sha256(token), usedAt: null } })).toBe(1);
    expect(JSON.stringify(await db().actionToken.findMany())).not.toContain(token);

    // Opening the link (what a mail scanner does, twice) decides nothing.
    expect((await readApprovalLink(token, new Date())).state).toBe("valid");
    expect((await readApprovalLink(token, new Date())).state).toBe("valid");
    expect((await db().costEstimate.findUniqueOrThrow({ where: { id: estimate.id } })).status).toBe("PENDING");

    await decideByLink({ token, decision: "APPROVED", comment: "Go ahead", now: new Date() });
    const after = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect(after.holdReason).toBeNull();
    expect(await db().costApproval.findFirstOrThrow({ where: { estimateId: estimate.id } })).toMatchObject({
      decision: "APPROVED",
      ownerId: owner.id,
      comment: "Go ahead",
    });
    expect(await db().workOrderEvent.count({ where: { workOrderId: wo.id, type: "OWNER_APPROVED" } })).toBe(1);
    expect(
      (await db().outboxMessage.findMany({ where: { workOrderId: wo.id, template: "owner-approved" } })).map(
        (m) => m.recipient,
      ),
    ).toEqual(["dana.reyes@fixwell.example"]);
    expect(
      await db().outboxMessage.count({ where: { workOrderId: wo.id, template: "estimate-approved-vendor" } }),
    ).toBe(1);

    // Used once: a second use, either answer, is refused and changes nothing.
    for (const decision of ["APPROVED", "DECLINED"] as const) {
      await expect(
        decideByLink({ token, decision, comment: "Changed my mind", now: new Date() }),
      ).rejects.toMatchObject({ state: "used" });
    }
    expect(await db().costApproval.count({ where: { estimateId: estimate.id } })).toBe(1);
    expect((await readApprovalLink(token, new Date())).state).toBe("used");
  });

  it("an edited estimate kills the old link and sends a new one", async () => {
    const wo = await assigned("edit");
    const { estimate } = await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 60_000, description: "New valve and heater element" },
      now: new Date(),
    });
    const old = await emailedToken(estimate.id);
    await updateEstimate({
      actor: dana,
      estimateId: estimate.id,
      amountCents: 68_000,
      description: "New valve, element and thermostat",
      now: new Date(),
    });
    const fresh = await emailedToken(estimate.id);
    expect(fresh).not.toBe(old);
    await expect(decideByLink({ token: old, decision: "APPROVED", now: new Date() })).rejects.toMatchObject({
      state: "superseded",
    });
    expect((await db().costEstimate.findUniqueOrThrow({ where: { id: estimate.id } })).status).toBe("PENDING");
    await decideByLink({ token: fresh, decision: "DECLINED", comment: "Get a second quote please", now: new Date() });
    expect(await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).toMatchObject({
      holdReason: "OTHER",
      holdNote: "Owner declined $680.00: Get a second quote please",
    });
  });

  it("refuses an expired link (a second past expiry) and a link with one character altered", async () => {
    const wo = await assigned("expire");
    const { estimate } = await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 90_000, description: "Repipe the bathroom" },
      now: new Date(),
    });
    const token = await emailedToken(estimate.id);
    const link = await db().actionToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    await expect(
      decideByLink({ token, decision: "APPROVED", now: new Date(link.expiresAt.getTime() + 1000) }),
    ).rejects.toMatchObject({ state: "expired" });
    const altered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    await expect(decideByLink({ token: altered, decision: "APPROVED", now: new Date() })).rejects.toMatchObject({
      state: "missing",
    });
    expect(await db().costApproval.count({ where: { estimateId: estimate.id } })).toBe(0);
    expect((await db().actionToken.findUniqueOrThrow({ where: { id: link.id } })).usedAt).toBeNull();
  });

  it("a decline needs a comment", async () => {
    const wo = await assigned("decline");
    const { estimate } = await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 51_000, description: "Replace the stack" },
      now: new Date(),
    });
    await expect(
      decideByLink({ token: await emailedToken(estimate.id), decision: "DECLINED", comment: " ", now: new Date() }),
    ).rejects.toMatchObject({ fieldErrors: { comment: [expect.any(String)] } });
  });
});

describe("what the manager approves", () => {
  it("a $150 estimate: no hold, no owner email; the manager approves it", async () => {
    const wo = await assigned("150");
    const { estimate, rule } = await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 15_000, description: "Replace the flapper" },
      now: new Date(),
    });
    expect(rule).toMatchObject({ approver: "MANAGER", notifyOwner: false });
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).holdReason).toBeNull();
    expect(
      await db().outboxMessage.count({
        where: { workOrderId: wo.id, template: { in: ["owner-approval", "owner-notice"] } },
      }),
    ).toBe(0);
    await expect(
      decideAsManager({ actor: sam, estimateId: estimate.id, decision: "APPROVED", now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" }); // not Sam's property
    await expect(
      decideAsManager({ actor: tenant, estimateId: estimate.id, decision: "APPROVED", now: new Date() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideAsManager({ actor: dana, estimateId: estimate.id, decision: "APPROVED", now: new Date() });
    expect((await db().costEstimate.findUniqueOrThrow({ where: { id: estimate.id } })).status).toBe("APPROVED");
  });

  it("$300 is the manager's, and the owner is told", async () => {
    const wo = await assigned("300");
    await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 30_000, description: "Snake the main line" },
      now: new Date(),
    });
    expect(await db().outboxMessage.count({ where: { workOrderId: wo.id, template: "owner-notice" } })).toBe(1);
  });

  it("the manager cannot approve what the owner must", async () => {
    const wo = await assigned("not-mine");
    const { estimate } = await addEstimate({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      input: { amountCents: 50_001, description: "New boiler" },
      now: new Date(),
    });
    expect(
      await refusal(decideAsManager({ actor: dana, estimateId: estimate.id, decision: "APPROVED", now: new Date() })),
    ).toMatch(/Over \$500\.00: .* approves this one/);
    expect((await db().costEstimate.findUniqueOrThrow({ where: { id: estimate.id } })).status).toBe("PENDING");
  });

  it("only staff and technicians add estimates, on work they may see", async () => {
    const wo = await assigned("who");
    await expect(
      addEstimate({
        actor: tenant,
        trackingNumber: wo.trackingNumber,
        input: { amountCents: 100, description: "x y z" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addEstimate({
        actor: sam,
        trackingNumber: wo.trackingNumber,
        input: { amountCents: 100, description: "x y z" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addEstimate({
        actor: tech,
        trackingNumber: wo.trackingNumber,
        input: { amountCents: 100, description: "x y z" },
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" }); // not his job
    await db().workOrder.update({ where: { id: wo.id }, data: { technicianId: tech.userId } });
    await expect(
      addEstimate({
        actor: tech,
        trackingNumber: wo.trackingNumber,
        input: { amountCents: 12_500, description: "Parts for the trap" },
        now: new Date(),
      }),
    ).resolves.toMatchObject({ rule: { approver: "MANAGER" } });
  });
});
