// Branded email (issue 18): an admin saves the contact details and footer line every email ends
// with (bad ones refused beside their field, what was typed kept, nothing saved); a delivered email
// (the local store) then carries them, with the office hours in the recipient's language, in both
// its HTML and its plain text. The previews render the same footer, with placeholder links only.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session-stub")).sessionModule());
const { session } = await import("../support/session-stub");
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveEmailFooterAction } = await import("@/lib/actions/settings");
const { db } = await import("@/lib/db/client");
const { localEmail } = await import("@/lib/outbox/channels");
const { deliverDueMessages } = await import("@/lib/outbox/deliver");
const { enqueue } = await import("@/lib/outbox/outbox");
const { emailPreview, EMAIL_PREVIEWS } = await import("@/lib/settings/email-previews");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");
const { english } = await import("../support/english");

const now = new Date("2026-12-01T15:00:00Z");
const GOOD = {
  contactPhone: "+1 555 010 2000",
  contactEmail: "Office@Harbor.example",
  contactAddress: "8 Harbor Road\nSpringfield",
  emailFooter: "Out of hours? Call the emergency hotline.",
};

let admin: Actor, dana: Actor;
beforeAll(async () => {
  await seedDemo(db(), now);
  [admin, dana] = await Promise.all(["admin@fixwell.example", "dana.reyes@fixwell.example"].map(actorFor));
});
const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};
const saved = () =>
  db().organization.findUniqueOrThrow({
    where: { id: admin.orgId },
    select: { contactPhone: true, contactEmail: true, contactAddress: true, emailFooter: true },
  });

describe("saveEmailFooterAction", () => {
  it("saves an admin's contact details, the email in lower case, and logs who changed them", async () => {
    session.actor = admin;
    expect(await saveEmailFooterAction({}, form(GOOD))).toMatchObject({ ok: true, values: GOOD });
    expect(await saved()).toEqual({ ...GOOD, contactEmail: "office@harbor.example" });
    const entry = await db().auditEntry.findFirst({ where: { entity: "Organization" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({
      actorId: admin.userId,
      changes: { contactPhone: { from: "", to: GOOD.contactPhone } },
    });
  });

  it.each([
    [
      "a phone that is not one",
      { contactPhone: "call us" },
      "contactPhone",
      "Enter a phone number like +1 555 123 4567.",
    ],
    [
      "an email that is not one",
      { contactEmail: "office at harbor" },
      "contactEmail",
      "Enter an email address like name@example.com.",
    ],
    ["a footer line too long", { emailFooter: "x".repeat(301) }, "emailFooter", "Keep this under 300 characters."],
  ])("refuses %s beside the field, keeping what was typed", async (_name, change, field, message) => {
    session.actor = admin;
    const typed = { ...GOOD, contactAddress: "somewhere new", ...change };
    const state = await saveEmailFooterAction({}, form(typed));
    expect(state).toMatchObject({ ok: false, values: typed });
    expect(state.fieldErrors?.[field]?.map(english)).toEqual([message]); // a key, shown in the reader's language
    expect((await saved()).contactAddress).toBe(GOOD.contactAddress);
  });

  it("refuses a manager and a signed-out caller", async () => {
    for (const actor of [dana, null]) {
      session.actor = actor;
      expect(await saveEmailFooterAction({}, form({ ...GOOD, contactPhone: "" }))).toMatchObject({ ok: false });
    }
    expect((await saved()).contactPhone).toBe(GOOD.contactPhone);
  });
});

describe("a delivered email", () => {
  it("carries the contact details, the office hours in the recipient's language and the footer line", async () => {
    await db().$transaction(async (tx) => {
      for (const locale of ["en", "es"] as const)
        await enqueue(
          tx,
          {
            orgId: admin.orgId,
            dedupeKey: `footer-test-${locale}`,
            channel: "EMAIL",
            recipient: `footer-${locale}@example.com`,
            template: "test",
            locale,
            subject: "Hello",
            body: "Your request: {{link}}",
            secretLink: "https://portal.fixwell.test/t/secret-footer",
          },
          now,
        );
    });
    await deliverDueMessages(now, { email: localEmail, only: { dedupeKey: "footer-test-en" } });
    await deliverDueMessages(now, { email: localEmail, only: { dedupeKey: "footer-test-es" } });
    const [en, es] = await Promise.all(
      ["en", "es"].map((l) =>
        db().localMessage.findFirstOrThrow({ where: { recipient: `footer-${l}@example.com`, orgId: admin.orgId } }),
      ),
    );
    expect(en.text).toBe(
      "Your request: https://portal.fixwell.test/t/secret-footer\n\n-- \nPhone: +1 555 010 2000\n" +
        "Email: office@harbor.example\nAddress: 8 Harbor Road, Springfield\n" +
        "Office hours: Monday to Friday, 8:00 AM to 5:00 PM (Eastern Time)\nOut of hours? Call the emergency hotline.",
    );
    expect(en.html).toContain('<a href="https://portal.fixwell.test/t/secret-footer"');
    expect(en.html).toContain('<a href="tel:+15550102000"');
    expect(en.html).toContain('<a href="mailto:office@harbor.example"');
    expect(en.html).toContain("Address: 8 Harbor Road, Springfield");
    expect(en.html).toContain("Office hours: Monday to Friday, 8:00 AM to 5:00 PM (Eastern Time)");
    expect(en.html).toContain("Out of hours? Call the emergency hotline.");
    expect(es.text).toContain(
      "Teléfono: +1 555 010 2000\nCorreo: office@harbor.example\nDirección: 8 Harbor Road, Springfield",
    );
    expect(es.html).toContain("Horario de oficina: Lunes a viernes, 8:00 a.m. a 5:00 p.m. (hora oriental)");
    expect(es.html).toContain('lang="es"');
  });
});

describe("the previews", () => {
  it("render every template in both languages with the footer and no real link", async () => {
    const ids = EMAIL_PREVIEWS.flatMap((a) => a.templates.flatMap((t) => t.ids.map((i) => i.id)));
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) {
      const p = await emailPreview(admin, id);
      expect(p, id).not.toBeNull();
      expect(p!.subject, id).not.toMatch(/\{\w+\}|undefined/);
      expect(p!.text, id).not.toMatch(/\{\{?\w+\}\}?|undefined|portal\.fixwell|localhost/);
      expect(p!.html, id).toContain(p!.locale === "es" ? "Dirección: 8 Harbor Road" : "Address: 8 Harbor Road");
    }
    expect((await emailPreview(admin, "vendor:vendor-job-link:en"))!.html).toContain(
      'href="https://example.invalid/sample-link"',
    );
  });

  it("refuse a manager, and know no made-up template", async () => {
    await expect(emailPreview(dana, "tenant:survey:en")).rejects.toThrow();
    expect(await emailPreview(admin, "tenant:no-such:en")).toBeNull();
    expect(await emailPreview(admin, "tenant:survey:fr")).toBeNull();
  });
});
