// Issue 18 against the database: a vendor's language, set through the directory's use case, is the
// language of every message to them. A Spanish vendor gets the new job (email and text), the booked
// visit, the job taken away, the job link sent again and the papers reminder in Spanish; an English
// vendor gets the same messages in English; a vendor whose language is not one of the app's gets
// English. The job and papers links say which language the page opens in.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { chaseVendorPapers } from "@/lib/cron/vendor-compliance";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { saveVendor } from "@/lib/directory/save-vendor";
import { vendorSchema } from "@/lib/directory/schemas";
import { languageOnFile } from "@/lib/i18n/on-file";
import { resendJobLink } from "@/lib/vendors/resend-job-link";
import { changeStatus } from "@/lib/work-orders/change-status";
import { createWorkOrder } from "@/lib/work-orders/create-work-order";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const DAY = 86_400_000;
const now = new Date();
let tenant: Actor, dana: Actor, admin: Actor;
let n = 0;

const vendor = (company: string) => db().vendor.findFirstOrThrow({ where: { company } });
const toVendor = (workOrderId: string, template: string, channel: "EMAIL" | "SMS" = "EMAIL") =>
  db().outboxMessage.findMany({ where: { workOrderId, template, channel }, orderBy: { createdAt: "asc" } });

/** The vendor's record as the directory form would save it, with this language. */
async function setLanguage(company: string, language: string) {
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

async function newJob() {
  const plumbing = await db().category.findFirstOrThrow({ where: { name: "Plumbing" } });
  return createWorkOrder({
    reporter: { actor: tenant },
    input: {
      idempotencyKey: `vendor-language-${++n}`.padEnd(16, "x"),
      categoryId: plumbing.id,
      severity: "ROUTINE",
      description: "Kitchen tap drips all night",
    },
    now,
  });
}

beforeAll(async () => {
  await seedDemo(db());
  [tenant, dana, admin] = await Promise.all(
    ["tenant@fixwell.example", "dana.reyes@fixwell.example", "admin@fixwell.example"].map(actorFor),
  );
  await setLanguage("ABC Plumbing", "es");
  await setLanguage("Comfort Air HVAC", "en");
});

describe("the directory keeps a vendor's language", () => {
  it("saves Spanish, keeps English as the default and refuses a language the app does not speak", async () => {
    expect((await vendor("ABC Plumbing")).language).toBe("es");
    expect((await vendor("Comfort Air HVAC")).language).toBe("en");
    expect((await vendor("BrightSpark Electric")).language).toBe("en"); // never set: the column's default
    const base = { company: "X", contactName: "Y", email: "x@y.example", capacity: "3", categories: [] };
    expect(vendorSchema.safeParse({ ...base, language: "fr" }).success).toBe(false);
    expect(vendorSchema.parse(base).language).toBe("en");
  });
});

describe("every message to a vendor is in their language", () => {
  it("a Spanish vendor hears of the job, the visit and its withdrawal in Spanish; an English one in English", async () => {
    const wo = await newJob();
    const abc = await vendor("ABC Plumbing");
    const comfort = await vendor("Comfort Air HVAC");
    const assigned = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: abc.id },
      now,
    });
    const [offer] = await toVendor(wo.id, "vendor-assigned");
    expect(offer.recipient).toBe(abc.email);
    expect(offer.subject).toMatch(new RegExp(`^Nuevo trabajo #${wo.trackingNumber}: Plomería, `));
    expect(offer.body).toContain("Tiene un nuevo trabajo de rutina: Plomería en ");
    expect(offer.body).toContain("Acéptelo, programe la visita");
    expect(offer.body).toContain("{{link}}");
    expect(offer.body).not.toMatch(/\bYou\b|undefined/);
    const [text] = await toVendor(wo.id, "vendor-assigned", "SMS");
    expect(text.recipient).toBe(abc.phone);
    expect(text.body).toMatch(new RegExp(`: nuevo trabajo #${wo.trackingNumber}, Plomería en .+\\. \\{\\{link\\}\\}$`));

    // Booked by the office: the window is written in Spanish too (Spanish weekdays and months).
    const start = new Date(Date.UTC(2030, 4, 20, 13, 0)); // Mon 20 May 2030, 9:00 in New York
    const scheduled = await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: assigned.version,
      change: { to: "SCHEDULED", windowStart: start, windowEnd: new Date(start.getTime() + 3 * 3_600_000) },
      now,
    });
    const [booked] = await toVendor(wo.id, "vendor-scheduled");
    expect(booked.subject).toMatch(new RegExp(`^Visita programada: trabajo #${wo.trackingNumber}, lun, 20 de may`));
    expect(booked.body).toMatch(/: visita lun, 20 de may/);

    // Sent again: Spanish.
    await resendJobLink({ actor: dana, trackingNumber: wo.trackingNumber, now });
    const [again] = await toVendor(wo.id, "vendor-job-link");
    expect(again.subject).toMatch(new RegExp(`^Su enlace para el trabajo #${wo.trackingNumber}: Plomería, `));
    const [againText] = await toVendor(wo.id, "vendor-job-link", "SMS");
    expect(againText.body).toContain(`su enlace para el trabajo #${wo.trackingNumber}: {{link}}`);

    // Given to the English vendor: ABC hears it is no longer theirs, in Spanish; Comfort Air gets it in English.
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: scheduled.version,
      change: { to: "ASSIGNED", vendorId: comfort.id, reason: "ABC is booked all week" },
      now,
    });
    const [withdrawn] = await toVendor(wo.id, "vendor-withdrawn");
    expect(withdrawn.recipient).toBe(abc.email);
    expect(withdrawn.subject).toBe(`Trabajo #${wo.trackingNumber} reasignado`);
    expect(withdrawn.body).toContain("No acuda, por favor.");
    const offers = await toVendor(wo.id, "vendor-assigned");
    expect(offers.map((m) => m.recipient)).toEqual([abc.email, comfort.email]);
    expect(offers[1].subject).toMatch(new RegExp(`^New job #${wo.trackingNumber}: Plumbing, `));
    expect(offers[1].body).toContain("You have a new routine job: Plumbing at ");
    expect(offers[1].body).not.toMatch(/Tiene|Acéptelo/);
    const texts = await toVendor(wo.id, "vendor-assigned", "SMS");
    expect(texts[1].body).toMatch(new RegExp(`: new job #${wo.trackingNumber}, Plumbing at `));
  });

  it("the papers reminder: Spanish to the Spanish vendor, English to the English one", async () => {
    const abc = await vendor("ABC Plumbing");
    const comfort = await vendor("Comfort Air HVAC");
    for (const v of [abc, comfort])
      await db().vendor.update({
        where: { id: v.id },
        data: { insuranceExpiresAt: new Date(now.getTime() + 29.5 * DAY) },
      });
    await chaseVendorPapers(now);
    const reminder = (email: string) =>
      db().outboxMessage.findFirstOrThrow({ where: { recipient: email, template: "vendor-papers-reminder" } });
    const es = await reminder(abc.email);
    expect(es.subject).toMatch(/^Su seguro vence el \d+ \S+ \d{4}$/);
    expect(es.body).toMatch(
      /^Hola, ABC Plumbing:\n\nEl documento de seguro que .+ tiene registrado vence el .+, en 30 días\./,
    );
    expect(es.body).toContain("Suba el documento nuevo aquí: {{link}}");
    const en = await reminder(comfort.email);
    expect(en.subject).toMatch(/^Your insurance expires on \d+ \w+ \d{4}$/);
    expect(en.body).toMatch(/^Hello Comfort Air HVAC,\n\nYour insurance on file with .+ expires on .+, in 30 days\./);
  });

  it("a language the app does not speak (written outside the form) falls back to English", async () => {
    const bright = await vendor("BrightSpark Electric");
    await db().vendor.update({ where: { id: bright.id }, data: { language: "fr" } });
    const wo = await newJob();
    await changeStatus({
      actor: dana,
      trackingNumber: wo.trackingNumber,
      version: wo.version,
      change: { to: "ASSIGNED", vendorId: bright.id },
      now,
    });
    const [offer] = await toVendor(wo.id, "vendor-assigned");
    expect(offer.subject).toMatch(/^New job #/);
    await db().vendor.update({ where: { id: bright.id }, data: { language: "en" } });
  });
});

describe("the links' pages open in the vendor's language", () => {
  it("a job or papers link names its vendor's language; a technician's jobs their own; other pages none", async () => {
    const abc = await vendor("ABC Plumbing");
    const comfort = await vendor("Comfort Air HVAC");
    const token = (c: string) => c.repeat(43);
    const link = (t: string, purpose: "VENDOR_JOB" | "VENDOR_COMPLIANCE" | "TRACKING", subjectId: string) =>
      db().actionToken.create({
        data: { tokenHash: sha256(t), purpose, subjectId, expiresAt: new Date(now.getTime() + DAY), createdAt: now },
      });
    await link(token("a"), "VENDOR_JOB", abc.id);
    await link(token("b"), "VENDOR_COMPLIANCE", abc.id);
    await link(token("c"), "VENDOR_JOB", comfort.id);
    await link(token("d"), "TRACKING", abc.id);
    const none = () => undefined;
    expect(await languageOnFile(`/v/job/${token("a")}`, none)).toBe("es");
    expect(await languageOnFile(`/v/papers/${token("b")}`, none)).toBe("es");
    expect(await languageOnFile(`/v/job/${token("c")}`, none)).toBe("en");
    expect(await languageOnFile(`/v/job/${token("d")}`, none)).toBeUndefined(); // not a vendor's link
    expect(await languageOnFile(`/v/job/${token("e")}`, none)).toBeUndefined(); // unknown
    expect(await languageOnFile(`/t/${token("a")}`, none)).toBeUndefined(); // another page

    // A technician whose messages are in Spanish: their job pages too, found by their session.
    const kai = await db().user.update({ where: { email: "tech.kai@fixwell.example" }, data: { locale: "es" } });
    const cookie = "k".repeat(43);
    await db().session.create({
      data: { sessionToken: sha256(cookie), userId: kai.id, expires: new Date(now.getTime() + DAY), createdAt: now },
    });
    const jar = (name: string) => (name === "authjs.session-token" ? cookie : undefined);
    expect(await languageOnFile("/jobs/12", jar)).toBe("es");
    expect(await languageOnFile("/jobs", jar)).toBe("es");
    expect(await languageOnFile("/jobs/12", none)).toBeUndefined();
    expect(await languageOnFile("/requests/12", jar)).toBeUndefined();
  });
});
