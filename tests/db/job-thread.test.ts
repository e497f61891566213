// Issue 18, one conversation per job, against the database: the tenant, the vendor on the job (by
// their link) or the in-house technician, and the managers read one thread; internal notes stay
// with staff. Whoever writes, the others are told, each by their own channel and in their own
// language, through the outbox; nobody is told of their own message. A vendor whose job went to
// someone else, or a vendor of another job, reads and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { asActor } from "@/lib/audit/as-actor";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { saveVendor } from "@/lib/directory/save-vendor";
import { vendorSchema } from "@/lib/directory/schemas";
import { AppError } from "@/lib/errors";
import { vendorCaller } from "@/lib/vendors/job-caller";
import { postJobMessage } from "@/lib/vendors/job-actions";
import { readJobLink } from "@/lib/vendors/job-link";
import { jobView } from "@/lib/vendors/job-view";
import { addInternalNote } from "@/lib/work-orders/add-internal-note";
import { addTenantMessage } from "@/lib/work-orders/add-tenant-message";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { getWorkOrder } from "@/lib/work-orders/queries";
import { replyToTenant } from "@/lib/work-orders/reply-to-tenant";
import { staffView } from "@/lib/work-orders/staff-view";
import { zonedToUtc } from "@/lib/time";
import { DEMO_ORG, seedDemo } from "@/prisma/seed";
import { shownText } from "../support/shown-text";
import { actorFor } from "./actors";

const now = new Date();
const at = (s: number) => new Date(now.getTime() + s * 1000); // one message after another
const TENANT_PHONE = "+15550200000"; // the demo tenant's requests go to them by text
const NOTE = "Internal: owner is slow to pay, keep costs tight";
let tenant: Actor, dana: Actor, kai: Actor;
let n = 0;

const outbox = (workOrderId: string, template: string) =>
  db().outboxMessage.findMany({
    where: { workOrderId, template },
    orderBy: [{ channel: "asc" }, { recipient: "asc" }],
  });
const version = async (id: string) => (await db().workOrder.findUniqueOrThrow({ where: { id } })).version;

async function setVendorLanguage(company: string, language: string) {
  const admin = await actorFor("admin@fixwell.example");
  const v = await db().vendor.findFirstOrThrow({ where: { company }, include: { categories: true } });
  const input = vendorSchema.parse({
    company: v.company,
    contactName: v.contactName,
    email: v.email,
    phone: v.phone ?? "",
    capacity: String(v.capacity),
    active: "on",
    language,
    categories: v.categories.map((c) => ({ categoryId: c.categoryId, rank: String(c.rank) })),
  });
  await saveVendor({ now, actor: admin, vendorId: v.id, input });
}

/** A request from the demo tenant, assigned to a vendor (their link from the assignment email) or Kai. */
async function job(to: { vendor: string } | "kai") {
  const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
  const wo = await createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `job-thread-${++n}`.padEnd(16, "x"),
      categoryId: plumbing.id,
      severity: "ROUTINE",
      description: "Kitchen tap drips all night",
    },
    now,
  });
  const who =
    to === "kai"
      ? { technicianId: kai.userId }
      : { vendorId: (await db().vendor.findFirstOrThrow({ where: { company: to.vendor } })).id };
  await changeStatus({
    actor: dana,
    trackingNumber: wo.trackingNumber,
    version: wo.version,
    change: { to: "ASSIGNED", ...who },
    now,
  });
  if (to === "kai") return { wo, token: "" };
  const mail = await db().outboxMessage.findFirstOrThrow({
    where: { workOrderId: wo.id, template: "vendor-assigned", channel: "EMAIL" },
  });
  return { wo, token: /\/v\/job\/([A-Za-z0-9_-]{43})$/.exec(decrypt(mail.secretEnc!))![1] };
}

async function refused(p: Promise<unknown>, message: string, field?: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  if (field) expect((err as AppError).fieldErrors).toEqual({ [field]: [message] });
  else expect((err as AppError).message).toBe(message);
}

beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, kai] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "tech.kai@fixwell.example"].map(actorFor),
  );
  await setVendorLanguage("ABC Plumbing", "es");
  // Kai reads in Spanish (his choice on the language switch).
  await asActor(kai, now, (tx) => tx.user.update({ where: { id: kai.userId }, data: { locale: "es" } }));
});

describe("one conversation per job", () => {
  it("the tenant, the vendor on the job and the managers read one thread; internal notes stay with staff", async () => {
    const { wo, token } = await job({ vendor: "ABC Plumbing" });
    const n = wo.trackingNumber;
    await addTenantMessage({ actor: tenant, trackingNumber: n, body: "The drip is worse at night.", now: at(1) });
    await addInternalNote({ actor: dana, trackingNumber: n, version: await version(wo.id), body: NOTE, now: at(2) });
    const { caller } = await vendorCaller(token, { now });
    await postJobMessage({ caller, trackingNumber: n, body: "I can come Tuesday morning.", now: at(3) });
    await replyToTenant({
      actor: dana,
      trackingNumber: n,
      version: await version(wo.id),
      body: "Tuesday works.",
      now: at(4),
    });

    const thread = ["The drip is worse at night.", "I can come Tuesday morning.", "Tuesday works."];
    // The vendor: the three messages with who wrote them and when; never the note.
    const seen = await jobView(caller, n);
    expect(seen!.messages.map((m) => [m.authorLabel, m.body])).toEqual([
      [tenant.name, thread[0]],
      ["ABC Plumbing", thread[1]],
      [dana.name, thread[2]],
    ]);
    expect(seen!.messages.every((m) => m.createdAt instanceof Date)).toBe(true);
    expect(shownText(seen)).not.toContain("owner is slow");
    // The tenant: the same three on their timeline; never the note.
    const mine = await getWorkOrder(tenant, n);
    const said = mine!.events.filter((e) => e.type === "MESSAGE");
    expect(said.map((e) => [e.actorLabel, (e.details as { body: string }).body])).toEqual([
      [tenant.name, thread[0]],
      ["ABC Plumbing", thread[1]],
      [dana.name, thread[2]],
    ]);
    expect(shownText(mine)).not.toContain("owner is slow");
    // The managers: all of it, the note marked internal.
    const staff = await staffView(dana, wo);
    expect(staff!.messages.map((m) => [m.body, m.internal])).toEqual([
      [thread[0], false],
      [NOTE, true],
      [thread[1], false],
      [thread[2], false],
    ]);
    // No message anywhere carries the note.
    const sent = await db().outboxMessage.findMany({ where: { workOrderId: wo.id } });
    expect(shownText(sent)).not.toContain("owner is slow");
  });

  it("whoever writes, the others are told by their own channel and language; nobody of their own message", async () => {
    const { wo, token } = await job({ vendor: "ABC Plumbing" });
    const n = wo.trackingNumber;
    const vendor = await db().vendor.findFirstOrThrow({ where: { company: "ABC Plumbing" } });

    // The tenant writes: the managers and the vendor (in Spanish, email and text, with a link) hear.
    await addTenantMessage({ actor: tenant, trackingNumber: n, body: "Water under the sink now.", now });
    expect((await outbox(wo.id, "tenant-message")).map((m) => m.recipient)).toContain("dana.reyes@fixwell.example");
    const toVendor = await outbox(wo.id, "vendor-message");
    expect(toVendor.map((m) => [m.channel, m.recipient])).toEqual([
      ["EMAIL", vendor.email],
      ["SMS", vendor.phone],
    ]);
    expect(toVendor[0].subject).toBe(`Mensaje sobre el trabajo #${n} de ${tenant.name}`);
    expect(toVendor[0].body).toContain("Water under the sink now.");
    expect(toVendor[0].body).toContain("Lea la conversación y responda");
    // The link travels encrypted ({{link}} in the body), is a working link to this job, and the
    // link the vendor already has keeps working.
    for (const m of toVendor) {
      expect(m.body).toContain("{{link}}");
      expect(m.body).not.toMatch(/\/v\/job\//);
      const fresh = /\/v\/job\/([A-Za-z0-9_-]{43})#messages$/.exec(decrypt(m.secretEnc!))![1];
      expect(await readJobLink(fresh, now)).toMatchObject({ state: "open", workOrderId: wo.id });
    }
    expect((await readJobLink(token, now)).state).toBe("open");
    expect(await outbox(wo.id, "staff-reply")).toHaveLength(0); // the tenant is not told of their own

    // The vendor writes: the tenant (in English, by the text they chose on the request) and the
    // managers hear; the vendor does not.
    const { caller } = await vendorCaller(token, { now });
    await postJobMessage({ caller, trackingNumber: n, body: "Turn the valve under the sink off.", now });
    const toTenant = await outbox(wo.id, "staff-reply");
    expect(toTenant.map((m) => [m.channel, m.recipient, m.body])).toEqual([
      ["SMS", TENANT_PHONE, `${DEMO_ORG} (#${n}): Turn the valve under the sink off.`],
    ]);
    expect((await outbox(wo.id, "assignee-message")).map((m) => m.recipient)).toContain("dana.reyes@fixwell.example");
    expect(await outbox(wo.id, "vendor-message")).toHaveLength(2);

    // A manager answers: the tenant and the vendor hear; the managers are not told of it.
    const managersBefore =
      (await outbox(wo.id, "tenant-message")).length + (await outbox(wo.id, "assignee-message")).length;
    await replyToTenant({
      actor: dana,
      trackingNumber: n,
      version: await version(wo.id),
      body: "A plumber is on it.",
      now,
    });
    expect(await outbox(wo.id, "staff-reply")).toHaveLength(2);
    expect((await outbox(wo.id, "vendor-message")).filter((m) => m.body.includes("A plumber is on it."))).toHaveLength(
      2,
    );
    expect((await outbox(wo.id, "tenant-message")).length + (await outbox(wo.id, "assignee-message")).length).toBe(
      managersBefore,
    );

    // An internal note tells no one.
    const queued = await db().outboxMessage.count({ where: { workOrderId: wo.id } });
    await addInternalNote({ actor: dana, trackingNumber: n, version: await version(wo.id), body: NOTE, now });
    expect(await db().outboxMessage.count({ where: { workOrderId: wo.id } })).toBe(queued);
  });

  it("the vendor's text waits out the quiet hours; the email goes now", async () => {
    const { wo } = await job({ vendor: "ABC Plumbing" });
    const org = await db().organization.findUniqueOrThrow({ where: { id: wo.orgId } });
    // 23:30 in the organisation's zone: inside the default 21:00–08:00 quiet hours.
    const night = zonedToUtc("2030-03-05T23:30", org.timeZone)!;
    await addTenantMessage({ actor: tenant, trackingNumber: wo.trackingNumber, body: "Still dripping.", now: night });
    const [email, sms] = await outbox(wo.id, "vendor-message");
    expect(email.nextAttemptAt).toEqual(night);
    expect(sms.nextAttemptAt.getTime()).toBeGreaterThan(night.getTime());
  });

  it("a technician's job page shows the thread; they are told in their language and write to the tenant and managers", async () => {
    const { wo } = await job("kai");
    const n = wo.trackingNumber;
    await addTenantMessage({ actor: tenant, trackingNumber: n, body: "Please call before coming.", now: at(1) });
    await addInternalNote({ actor: dana, trackingNumber: n, version: await version(wo.id), body: NOTE, now: at(2) });
    const [toKai] = await outbox(wo.id, "job-message");
    expect(toKai).toMatchObject({
      recipient: "tech.kai@fixwell.example",
      subject: `Mensaje sobre su trabajo #${n} de ${tenant.name}`,
    });
    expect(toKai.body).toContain(`/jobs/${n}#messages`);
    expect((await jobView(kai, n))!.messages.map((m) => m.body)).toEqual(["Please call before coming."]);

    await postJobMessage({ caller: kai, trackingNumber: n, body: "I will call at 8.", now: at(3) });
    expect((await outbox(wo.id, "staff-reply")).map((m) => m.recipient)).toEqual([TENANT_PHONE]);
    expect((await outbox(wo.id, "assignee-message")).map((m) => m.recipient)).toContain("dana.reyes@fixwell.example");
    expect(await outbox(wo.id, "job-message")).toHaveLength(1); // not told of his own
    // A technician's message is the thread's: the tenant sees it.
    const mine = await getWorkOrder(tenant, n);
    expect(mine!.events.filter((e) => e.type === "MESSAGE").map((e) => e.actorLabel)).toEqual([tenant.name, kai.name]);
  });

  it("a vendor of another job, or one whose job was reassigned, reads and writes nothing of this thread", async () => {
    const { wo, token } = await job({ vendor: "ABC Plumbing" });
    const { token: otherToken } = await job({ vendor: "BrightSpark Electric" });
    const n = wo.trackingNumber;
    await addTenantMessage({ actor: tenant, trackingNumber: n, body: "Secret-ish detail for my plumber.", now });

    // Another job's vendor, replaying this job's number: nothing, and nothing written.
    const { caller: other } = await vendorCaller(otherToken, { now });
    expect(await jobView(other, n)).toBeNull();
    await refused(postJobMessage({ caller: other, trackingNumber: n, body: "Hello?", now }), "err.NOT_FOUND");
    expect(await db().message.count({ where: { workOrderId: wo.id } })).toBe(1);

    // Reassigned: the old vendor's link is dead, and even their old caller reads nothing.
    const { caller: before } = await vendorCaller(token, { now });
    const solid = await db().vendor.findFirstOrThrow({ where: { company: "BrightSpark Electric" } });
    await changeStatus({
      actor: dana,
      trackingNumber: n,
      version: await version(wo.id),
      change: { to: "ASSIGNED", vendorId: solid.id, reason: "ABC is booked up" },
      now,
    });
    await refused(vendorCaller(token, { now }), "job.gone");
    expect(await jobView(before, n)).toBeNull();
    await refused(postJobMessage({ caller: before, trackingNumber: n, body: "Still mine?", now }), "err.NOT_FOUND");
    // Only the new vendor hears what comes next.
    await addTenantMessage({ actor: tenant, trackingNumber: n, body: "Who is coming now?", now });
    const told = (await outbox(wo.id, "vendor-message")).filter((m) => m.body.includes("Who is coming now?"));
    expect(told.map((m) => m.recipient)).toEqual([solid.email, solid.phone].filter(Boolean));
  });

  it("a writer is held to 30 messages an hour on a job; the 31st is refused and nothing is written", async () => {
    const { wo, token } = await job({ vendor: "ABC Plumbing" });
    const { caller } = await vendorCaller(token, { now });
    const hour = new Date(now.getTime() + 3 * 3_600_000); // an hour of its own
    for (let i = 0; i < 30; i++)
      await postJobMessage({ caller, trackingNumber: wo.trackingNumber, body: `Update ${i}`, now: hour });
    await refused(
      postJobMessage({ caller, trackingNumber: wo.trackingNumber, body: "One more", now: hour }),
      "err.RATE_LIMITED",
    );
    expect(await db().message.count({ where: { workOrderId: wo.id } })).toBe(30);
    // The next hour, they may write again.
    const later = new Date(hour.getTime() + 3_601_000);
    await postJobMessage({ caller, trackingNumber: wo.trackingNumber, body: "One more", now: later });
  });

  it("a message must say something and stay under 2,000 characters", async () => {
    const { wo, token } = await job({ vendor: "ABC Plumbing" });
    const { caller } = await vendorCaller(token, { now });
    const args = { caller, trackingNumber: wo.trackingNumber, now };
    await refused(postJobMessage({ ...args, body: " " }), "job.messageEmpty", "body");
    await refused(postJobMessage({ ...args, body: "x".repeat(2001) }), "job.messageLong", "body");
    expect(await db().message.count({ where: { workOrderId: wo.id } })).toBe(0);
  });
});
