// The vendor's job link (issue 8) against real PostgreSQL: the link arrives with the assignment
// (encrypted in the outbox, only its hash stored), every step from it is recorded as that vendor's,
// the tenant hears what they should, and each refusal changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, VendorCaller } from "@/lib/auth/session";
import { decrypt, sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ProcessedPaper } from "@/lib/uploads/process-document";
import { vendorCaller } from "@/lib/vendors/job-caller";
import {
  acceptJob,
  arrived,
  completeJob,
  declineJob,
  postJobMessage,
  onMyWay,
  proposeWindow,
  revealJobCode,
  runningLate,
  sendInvoice,
} from "@/lib/vendors/job-actions";
import { readJobLink } from "@/lib/vendors/job-link";
import { jobView } from "@/lib/vendors/job-view";
import { resendJobLink } from "@/lib/vendors/resend-job-link";
import { addEstimate } from "@/lib/approvals/add-estimate";
import { vendorScorecard } from "@/lib/vendors/vendor-scorecard";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { updateAccessCodes } from "@/lib/work-orders/update-access-codes";
import { seedDemo } from "@/prisma/seed";
import { shownText } from "../support/shown-text";
import { actorFor } from "./actors";

let tenant: Actor, dana: Actor, kai: Actor;
let n = 0;
beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, kai] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "tech.kai@fixwell.example"].map(actorFor),
  );
});

const vendor = (company: string) => db().vendor.findFirstOrThrow({ where: { company } });
const sent = (
  workOrderId: string,
  template: string,
  channel: "EMAIL" | "SMS" | undefined = template.startsWith("vendor-") ? "EMAIL" : undefined,
) => db().outboxMessage.findMany({ where: { workOrderId, template, channel }, orderBy: { createdAt: "asc" } });

async function newJob(company = "ABC Plumbing") {
  const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
  const wo = await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `vendor-job-${++n}`.padEnd(16, "x"),
      categoryId: plumbing.id,
      severity: "ROUTINE",
      description: "Kitchen tap drips all night",
    },
    now: new Date(),
  });
  const v = await vendor(company);
  const assigned = await changeStatus({
    actor: dana,
    trackingNumber: wo.trackingNumber,
    version: wo.version,
    change: { to: "ASSIGNED", vendorId: v.id },
    now: new Date(),
  });
  const [mail] = await sent(wo.id, "vendor-assigned");
  const token = /\/v\/job\/([A-Za-z0-9_-]{43})$/.exec(decrypt(mail.secretEnc!))![1];
  return { wo: assigned, vendor: v, token, mail };
}

/** Everything a refusal must leave alone. */
async function snapshot(workOrderId: string) {
  const wo = await db().workOrder.findUniqueOrThrow({ where: { id: workOrderId } });
  return {
    wo,
    events: await db().workOrderEvent.count({ where: { workOrderId } }),
    outbox: await db().outboxMessage.count({ where: { workOrderId } }),
    messages: await db().message.count({ where: { workOrderId } }),
  };
}

async function refused(p: Promise<unknown>, message?: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  if (message) expect((err as AppError).message).toBe(message);
}

const pdf = (): ProcessedPaper => ({
  kind: "DOCUMENT",
  bytes: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  contentType: "application/pdf",
  width: null,
  height: null,
  fileName: "invoice-118.pdf",
});

describe("the vendor's job link", () => {
  it("arrives with the assignment: encrypted in the outbox, stored only as a hash, by email and text", async () => {
    const { wo, vendor: abc, token, mail } = await newJob();
    expect(mail.recipient).toBe(abc.email);
    expect(mail.body).toContain("{{link}}");
    expect(mail.body).not.toContain(token);
    const sms = (
      await db().outboxMessage.findMany({ where: { workOrderId: wo.id, channel: "SMS", template: "vendor-assigned" } })
    )[0];
    expect(sms.recipient).toBe(abc.phone);
    expect(decrypt(sms.secretEnc!)).toContain(token);
    const row = await db().actionToken.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
    expect(row).toMatchObject({ purpose: "VENDOR_JOB", workOrderId: wo.id, subjectId: abc.id, revokedAt: null });
    // The raw token is nowhere in the database.
    const tokens = await db().actionToken.findMany({ where: { workOrderId: wo.id } });
    expect(JSON.stringify(tokens)).not.toContain(token);
  });

  it("opening it (the page's read) changes nothing", async () => {
    const { wo, token } = await newJob();
    const before = await snapshot(wo.id);
    const read = await readJobLink(token, new Date());
    expect(read).toMatchObject({
      state: "open",
      trackingNumber: wo.trackingNumber,
      company: "ABC Plumbing",
      blocked: [],
    });
    await readJobLink(token, new Date());
    expect(await snapshot(wo.id)).toEqual(before);
    expect(await db().rateLimitHit.count({ where: { bucket: { startsWith: "job:" } } })).toBe(0);
  });

  it("accept, book, on my way, late, code, arrive, complete with invoice: each recorded as the vendor's, the tenant told", async () => {
    const { wo, token } = await newJob();
    const t0 = new Date();
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    let { caller, trackingNumber } = await vendorCaller(token, { now: at(1) });
    await acceptJob({ caller, trackingNumber, now: at(1) });
    await acceptJob({ caller, trackingNumber, now: at(2) }); // a double tap: one acceptance
    const start = at(24 * 60);
    const booked = await proposeWindow({
      caller,
      trackingNumber,
      version: wo.version,
      windowStart: start,
      windowEnd: at(27 * 60),
      now: at(3),
    });
    expect(booked.status).toBe("SCHEDULED");
    expect(await sent(wo.id, "scheduled")).toHaveLength(1); // the tenant sees the window
    expect(await sent(wo.id, "vendor-scheduled")).toHaveLength(0); // the vendor set it: no email to themselves

    ({ caller, trackingNumber } = await vendorCaller(token, { now: at(24 * 60 - 30) }));
    await onMyWay({ caller, trackingNumber, now: at(24 * 60 - 30) });
    await onMyWay({ caller, trackingNumber, now: at(24 * 60 - 28) });
    expect(await sent(wo.id, "on-the-way")).toHaveLength(1);
    await runningLate({ caller, trackingNumber, minutes: 30, now: at(24 * 60 - 20) });
    await runningLate({ caller, trackingNumber, minutes: 30, now: at(24 * 60 - 19) }); // double tap
    const late = await sent(wo.id, "running-late");
    expect(late).toHaveLength(1);
    expect(late[0].body).toContain("30");
    expect(late[0].recipient).toBe("+15550200000"); // Alex Kim texts

    expect(await revealJobCode({ caller, trackingNumber, which: "lockbox", now: at(24 * 60 + 35) })).toBe("7300");
    await arrived({ caller, trackingNumber, now: at(24 * 60 + 40) });
    const current = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    const done = await completeJob({
      caller,
      trackingNumber,
      version: current.version,
      notes: "Replaced the cartridge; no drip.",
      invoiceCents: 18_500,
      invoice: pdf(),
      now: at(24 * 60 + 90),
    });
    expect(done).toMatchObject({ status: "COMPLETED", actualCostCents: 18_500 });

    const after = await db().workOrder.findUniqueOrThrow({
      where: { id: wo.id },
      include: { events: { orderBy: { createdAt: "asc" } }, attachments: true },
    });
    expect(after.acceptedAt).toEqual(at(1));
    expect(after.departedAt).toEqual(at(24 * 60 - 30));
    expect(after.arrivedAt).toEqual(at(24 * 60 + 40));
    const mine = after.events
      .filter((e) => e.actorLabel === "ABC Plumbing")
      .map((e) => e.type + (e.toStatus ? `:${e.toStatus}` : ""));
    expect(mine).toEqual([
      "JOB_ACCEPTED",
      "STATUS_CHANGED:SCHEDULED",
      "ON_THE_WAY",
      "RUNNING_LATE",
      "CODE_REVEALED",
      "ARRIVED",
      "STATUS_CHANGED:COMPLETED",
    ]);
    const reveal = after.events.find((e) => e.type === "CODE_REVEALED")!;
    expect(reveal).toMatchObject({ visibility: "PUBLIC", details: { code: "lockbox", by: "ABC Plumbing" } });
    expect(shownText(after.events)).not.toContain("7300");
    expect(after.attachments.filter((a) => a.stage === "INVOICE").map((a) => [a.kind, a.fileName])).toEqual([
      ["DOCUMENT", "invoice-118.pdf"],
    ]);

    // Finished: the link still shows the job and takes messages for 30 days, but no code.
    expect((await readJobLink(token, at(24 * 60 + 100))).state).toBe("finished");
    const before = await snapshot(wo.id);
    await refused(vendorCaller(token, { now: at(24 * 60 + 100) }), "job.notOpen");
    await refused(
      revealJobCode({ caller, trackingNumber, which: "lockbox", now: at(24 * 60 + 100) }),
      "job.codeClosed",
    );
    expect(await snapshot(wo.id)).toEqual(before);
    const late2 = await vendorCaller(token, { finishedToo: true, now: at(24 * 60 + 100) });
    await postJobMessage({ ...late2, body: "Invoice attached above; thanks.", now: at(24 * 60 + 101) });
    expect(await sent(wo.id, "assignee-message")).toHaveLength(1);
    expect(
      (await db().message.findFirstOrThrow({ where: { workOrderId: wo.id, authorLabel: "ABC Plumbing" } })).internal,
    ).toBe(false); // on the job's conversation (issue 18): the tenant sees it too
    expect((await readJobLink(token, at(24 * 60 + 90 + 31 * 24 * 60))).state).toBe("gone");
  });

  it("an invoice can follow the completion while the link lasts", async () => {
    const { wo, token } = await newJob();
    const w = await vendorCaller(token, { now: new Date() });
    await completeJob({ ...w, version: wo.version, notes: "Fixed the washer.", now: new Date() });
    const after = await vendorCaller(token, { finishedToo: true, now: new Date() });
    await sendInvoice({ ...after, invoiceCents: 9_900, invoice: pdf(), now: new Date() });
    const row = await db().workOrder.findUniqueOrThrow({
      where: { id: wo.id },
      include: { attachments: { where: { stage: "INVOICE" } } },
    });
    expect(row.actualCostCents).toBe(9_900);
    expect(row.attachments).toHaveLength(1);
    expect(await sent(wo.id, "assignee-invoice")).toHaveLength(1);
  });

  it("after reassignment the old link is dead and acts on nothing; the new vendor has their own", async () => {
    const { wo, token } = await newJob();
    const old = await vendorCaller(token, { now: new Date() });
    const spark = await vendor("BrightSpark Electric");
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: spark.id, reason: "ABC is booked up" },
      now: new Date(),
    });
    expect((await readJobLink(token, new Date())).state).toBe("gone");
    const before = await snapshot(wo.id);
    await refused(vendorCaller(token, { now: new Date() }), "job.gone");
    // A caller made before the reassignment still reaches nothing: the scope names the vendor.
    await refused(acceptJob({ ...old, now: new Date() }));
    await refused(revealJobCode({ ...old, which: "lockbox", now: new Date() }));
    await refused(runningLate({ ...old, minutes: 15, now: new Date() }));
    expect(await snapshot(wo.id)).toEqual(before);
    const mails = await sent(wo.id, "vendor-assigned");
    expect(mails.map((m) => m.recipient)).toEqual(["abc.plumbing@vendors.example", spark.email]);
    const fresh = /\/v\/job\/([A-Za-z0-9_-]{43})$/.exec(decrypt(mails[1].secretEnc!))![1];
    expect(await readJobLink(fresh, new Date())).toMatchObject({ state: "open", company: "BrightSpark Electric" });
  });

  it("after cancellation the link is dead", async () => {
    const { wo, token } = await newJob();
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "CANCELLED", reason: "Tenant moved out" },
      now: new Date(),
    });
    expect((await readJobLink(token, new Date())).state).toBe("gone");
    await refused(vendorCaller(token, { now: new Date() }), "job.gone");
  });

  it("an action replayed with another work order's number reaches nothing", async () => {
    const a = await newJob();
    const b = await newJob();
    const { caller } = await vendorCaller(a.token, { now: new Date() });
    const before = await snapshot(b.wo.id);
    await refused(acceptJob({ caller, trackingNumber: b.wo.trackingNumber, now: new Date() }), "err.NOT_FOUND");
    await refused(
      revealJobCode({ caller, trackingNumber: b.wo.trackingNumber, which: "lockbox", now: new Date() }),
      "err.NOT_FOUND",
    );
    await refused(
      proposeWindow({
        caller,
        trackingNumber: b.wo.trackingNumber,
        version: b.wo.version,
        windowStart: new Date(Date.now() + 86_400_000),
        windowEnd: new Date(Date.now() + 90_000_000),
        now: new Date(),
      }),
      "err.NOT_FOUND",
    );
    await refused(
      completeJob({
        caller,
        trackingNumber: b.wo.trackingNumber,
        version: b.wo.version,
        notes: "Not my job",
        now: new Date(),
      }),
      "err.NOT_FOUND",
    );
    expect(await snapshot(b.wo.id)).toEqual(before);
    // A forged caller naming job B but holding A's vendor... is still scoped to A's work order id.
    const forged: VendorCaller = { ...caller, workOrderId: b.wo.id, vendorId: "someone-else" };
    await refused(acceptJob({ caller: forged, trackingNumber: b.wo.trackingNumber, now: new Date() }), "err.NOT_FOUND");
    expect(await snapshot(b.wo.id)).toEqual(before);
  });

  it("a vendor whose papers lapsed sees why and can act on nothing", async () => {
    const { wo, vendor: abc, token } = await newJob();
    await db().vendor.update({
      where: { id: abc.id },
      data: { insuranceExpiresAt: new Date(Date.now() - 86_400_000) },
    });
    try {
      const read = await readJobLink(token, new Date());
      expect(read.state).toBe("open");
      expect(read.blocked).toEqual([expect.stringMatching(/^insurance expired on /)]);
      const before = await snapshot(wo.id);
      await refused(vendorCaller(token, { now: new Date() }), "job.blocked");
      expect(await snapshot(wo.id)).toEqual(before);
    } finally {
      await db().vendor.update({ where: { id: abc.id }, data: { insuranceExpiresAt: abc.insuranceExpiresAt } });
    }
  });

  it("declining gives the job back: unassigned, managers told, link dead, no 'withdrawn' mail to the decliner", async () => {
    const { wo, token } = await newJob();
    const w = await vendorCaller(token, { now: new Date() });
    await refused(declineJob({ ...w, version: wo.version, reason: "", now: new Date() }));
    const back = await declineJob({ ...w, version: wo.version, reason: "No plumber free this week", now: new Date() });
    expect(back).toMatchObject({ status: "NEW", vendorId: null });
    const told = await sent(wo.id, "vendor-declined");
    expect(told.map((m) => m.recipient)).toContain("dana.reyes@fixwell.example");
    expect(told[0].body).toContain("No plumber free this week");
    expect(await sent(wo.id, "vendor-withdrawn")).toHaveLength(0);
    expect((await readJobLink(token, new Date())).state).toBe("gone");
  });

  it("a technician works their own jobs from their sign-in; nobody else does", async () => {
    const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
    const wo = await createWorkOrder({
      reporter: { actor: tenant },
      input: {
        idempotencyKey: `vendor-job-tech`.padEnd(16, "x"),
        categoryId: plumbing.id,
        severity: "ROUTINE",
        description: "Shower head loose",
      },
      now: new Date(),
    });
    const mine = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", technicianId: kai.userId },
      now: new Date(),
    });
    expect(await sent(wo.id, "vendor-assigned")).toHaveLength(0); // a technician has no job link
    await acceptJob({ caller: kai, trackingNumber: mine.trackingNumber, now: new Date() });
    expect(
      await revealJobCode({ caller: kai, trackingNumber: mine.trackingNumber, which: "gate", now: new Date() }),
    ).toBe("4100#");
    const view = await jobView(kai, mine.trackingNumber);
    expect(view).toMatchObject({ status: "ASSIGNED", access: { gate: true, lockbox: true } });
    expect(shownText(view)).not.toMatch(/4100#|7300/);
    // A manager is not the assignee: the job page's actions are not theirs (they have their own).
    await refused(
      acceptJob({ caller: dana, trackingNumber: mine.trackingNumber, now: new Date() }),
      "err.ROLE_NOT_ALLOWED",
    );
    // Another job, not Kai's, is out of reach.
    const { wo: other } = await newJob();
    await refused(acceptJob({ caller: kai, trackingNumber: other.trackingNumber, now: new Date() }), "err.NOT_FOUND");
  });
});

describe("the access vault", () => {
  it("a tenant's new code is what the next reveal shows; the change is on the timeline without the code", async () => {
    const { wo, token } = await newJob();
    const w = await vendorCaller(token, { now: new Date() });
    expect(await revealJobCode({ ...w, which: "lockbox", now: new Date() })).toBe("7300");
    await updateAccessCodes({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      change: { lockboxCode: "2468", saveToProfile: true },
      now: new Date(),
    });
    expect(await revealJobCode({ ...w, which: "lockbox", now: new Date() })).toBe("2468");
    expect(await revealJobCode({ ...w, which: "gate", now: new Date() })).toBe("4100#"); // the other code is kept
    const events = await db().workOrderEvent.findMany({ where: { workOrderId: wo.id } });
    expect(events.filter((e) => e.type === "ACCESS_CODES_CHANGED").map((e) => e.details)).toEqual([
      { codes: "lockbox" },
    ]);
    expect(shownText(events)).not.toMatch(/2468|7300|4100#/);
    const profile = await db().tenantProfile.findFirstOrThrow({ where: { userId: tenant.userId } });
    expect(decrypt(profile.lockboxCodeEnc!)).toBe("2468");
    await db().tenantProfile.update({
      where: { id: profile.id },
      data: { lockboxCodeEnc: (await import("@/lib/crypto")).encrypt("7300") },
    });
    // Nobody else changes a tenant's code: a manager, another tenant, or a closed request.
    await refused(
      updateAccessCodes({
        actor: dana,
        trackingNumber: wo.trackingNumber,
        change: { lockboxCode: "0000" },
        now: new Date(),
      }),
      "err.ROLE_NOT_ALLOWED",
    );
    const other = await actorFor("maria.garcia@tenants.example");
    await refused(
      updateAccessCodes({
        actor: other,
        trackingNumber: wo.trackingNumber,
        change: { lockboxCode: "0000" },
        now: new Date(),
      }),
      "err.NOT_FOUND",
    );
    await refused(updateAccessCodes({ actor: tenant, trackingNumber: wo.trackingNumber, change: {}, now: new Date() }));
    expect(await revealJobCode({ ...w, which: "lockbox", now: new Date() })).toBe("2468");
  });
});

describe("the vendor scorecard", () => {
  it("rests on each job's recorded steps: acceptance, arrival against the window, completion, callbacks, rating", async () => {
    const spark = await vendor("BrightSpark Electric");
    const before = await vendorScorecard(dana, spark.id, new Date());
    const { wo, token } = await newJob("BrightSpark Electric");
    const w = await vendorCaller(token, { now: new Date() });
    const t0 = (await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).assignedAt!;
    const at = (h: number) => new Date(t0.getTime() + h * 3_600_000);
    await acceptJob({ ...w, now: at(2) });
    const booked = await proposeWindow({
      ...w,
      version: wo.version,
      windowStart: at(24),
      windowEnd: at(27),
      now: at(3),
    });
    await arrived({ ...w, now: at(28) }); // an hour after the window closed: late
    const done = await completeJob({ ...w, version: booked.version, notes: "Rewired the outlet.", now: at(29) });
    await changeStatus({
      actor: tenant,
      trackingNumber: wo.trackingNumber,
      version: done.version,
      change: { to: "ASSIGNED", reopen: true, reason: "Still sparks" },
      now: at(40),
    });
    const after = await vendorScorecard(dana, spark.id, new Date());
    expect(after.jobs).toBe(before.jobs + 1);
    // The seeded jobs plus this one: a late arrival lowers on-time, a reopen is a callback.
    expect(after.callbackRate).toBeGreaterThan(before.callbackRate ?? 0);
    expect(after.onTimeRate ?? 1).toBeLessThan(before.onTimeRate ?? 1.01);
    const row = await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } });
    expect([row.assignedAt, row.acceptedAt, row.arrivedAt]).toEqual([t0, at(2), at(28)]);
  });
});

describe("a vendor's estimate", () => {
  it("goes through the approval rules under the vendor's name: $750 waits for the owner, $150 for the manager", async () => {
    const { wo, token, vendor: abc } = await newJob();
    const w = await vendorCaller(token, { now: new Date() });
    const big = await addEstimate({
      actor: w.caller,
      trackingNumber: w.trackingNumber,
      input: { amountCents: 75_000, description: "Replace the corroded supply line", vendorId: "someone-else" },
      now: new Date(),
    });
    expect(big.rule.approver).toBe("OWNER");
    expect(big.estimate).toMatchObject({ vendorId: abc.id, createdById: null });
    expect((await db().workOrder.findUniqueOrThrow({ where: { id: wo.id } })).holdReason).toBe(
      "WAITING_FOR_OWNER_APPROVAL",
    );
    expect(await sent(wo.id, "owner-approval")).toHaveLength(1);
    const small = await addEstimate({
      actor: w.caller,
      trackingNumber: w.trackingNumber,
      input: { amountCents: 15_000, description: "Extra valve" },
      now: new Date(),
    });
    expect(small.rule.approver).toBe("MANAGER");
    expect((await sent(wo.id, "vendor-estimate")).map((m) => m.recipient)).toContain("dana.reyes@fixwell.example");
    // Another job's number through this link reaches nothing.
    const other = await newJob();
    await refused(
      addEstimate({
        actor: w.caller,
        trackingNumber: other.wo.trackingNumber,
        input: { amountCents: 10_000, description: "Not mine" },
        now: new Date(),
      }),
      "err.NOT_FOUND",
    );
    expect(await db().costEstimate.count({ where: { workOrderId: other.wo.id } })).toBe(0);
  });
});

describe("sending the job link again", () => {
  it("mints a new link for the vendor and kills the old one; only the property's managers may", async () => {
    const { wo, token } = await newJob();
    const sam = await actorFor("sam.wolfe@fixwell.example"); // Oak Terrace, not Maple Court
    await refused(resendJobLink({ actor: sam, trackingNumber: wo.trackingNumber, now: new Date() }), "err.NOT_FOUND");
    await refused(
      resendJobLink({ actor: tenant, trackingNumber: wo.trackingNumber, now: new Date() }),
      "err.ROLE_NOT_ALLOWED",
    );
    expect((await readJobLink(token, new Date())).state).toBe("open");
    await resendJobLink({ actor: dana, trackingNumber: wo.trackingNumber, now: new Date() });
    expect((await readJobLink(token, new Date())).state).toBe("gone");
    const [mail] = await sent(wo.id, "vendor-job-link");
    expect(mail.body).not.toMatch(/[A-Za-z0-9_-]{43}/);
    const fresh = /\/v\/job\/([A-Za-z0-9_-]{43})$/.exec(decrypt(mail.secretEnc!))![1];
    expect(await readJobLink(fresh, new Date())).toMatchObject({ state: "open", company: "ABC Plumbing" });
  });
});
