import { describe, expect, it } from "vitest";
import { emailHtml } from "@/lib/outbox/email-html";
import { renderTenantMessage, TEMPLATES, type TenantTemplate } from "@/lib/notifications/templates";

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const names = Object.keys(TEMPLATES.en) as TenantTemplate[];

describe("tenant message templates", () => {
  it("Spanish has every English template", () => {
    expect(Object.keys(TEMPLATES.es).sort()).toEqual([...names].sort());
  });

  it.each(names)("%s uses the same slots in both languages", (name) => {
    for (const part of ["subject", "text", "sms"] as const) {
      expect(slots(TEMPLATES.es[name][part]), `${name}.${part}`).toEqual(slots(TEMPLATES.en[name][part]));
    }
  });

  it.each(names)("%s: an SMS stays within two segments with typical values", (name) => {
    const vars = {
      org: "Harbor Property Management",
      number: 12345,
      link: "https://repairs.example.com/requests/12345",
      vendor: "ABC Plumbing",
      window: "Thu, 14 Mar, 9:00 AM–12:00 PM",
      minutes: 30,
      list: "#12, #15",
      n: 12,
      reason: "The plumber is booked all week",
      author: "Dana Reyes",
      body: "We will bring the part on Monday.",
      place: "Maple Court 2C",
      paper: "insurance",
      date: "31 Mar 2027",
      days: 30,
    };
    for (const locale of ["en", "es"] as const) {
      const { body } = renderTenantMessage(name, locale, "SMS", vars);
      expect(body).not.toMatch(/\{\w+\}/);
      expect(body.length, `${locale} ${name}`).toBeLessThanOrEqual(306);
    }
  });

  it.each([
    [
      "assigned",
      "en",
      "EMAIL",
      {
        subject: "Request #42 assigned to ABC Plumbing",
        body: "Your request #42 has been assigned to ABC Plumbing. We will let you know when the visit is booked.\n\nMaple PM",
      },
    ],
    ["assigned", "es", "SMS", { body: "Maple PM: su solicitud #42 fue asignada a ABC Plumbing." }],
    ["running-late", "en", "SMS", { body: "Maple PM: your technician is running about 30 minutes late (#42)." }],
    [
      "resolved-question",
      "es",
      "SMS",
      { body: "Maple PM: trabajo terminado en #42. ¿Quedó resuelto? Responda YES o NO." },
    ],
  ] as const)("%s in %s by %s", (name, locale, channel, expected) => {
    expect(
      renderTenantMessage(name, locale, channel, { org: "Maple PM", number: 42, vendor: "ABC Plumbing", minutes: 30 }),
    ).toEqual(expected);
  });
});

describe("email HTML", () => {
  const brand = { name: "Maple <PM>", logoUrl: "https://cdn.example.com/logo.png", brandColor: "#1d4ed8" };

  it("carries the organisation's name, logo and colour, and escapes the text", () => {
    const html = emailHtml("Hello <b>Alex</b> & co\n\nFollow: https://repairs.example.com/t/abc", brand);
    expect(html).toContain("Maple &lt;PM&gt;");
    expect(html).toContain('src="https://cdn.example.com/logo.png"');
    expect(html).toContain("background:#1d4ed8");
    expect(html).toContain("Hello &lt;b&gt;Alex&lt;/b&gt; &amp; co");
    expect(html).toContain('<a href="https://repairs.example.com/t/abc" style="color:#1d4ed8">');
  });

  it.each([
    ["a colour that is not a hex colour", { ...brand, brandColor: "red;background:url(x)" }, "background:#0f766e"],
    [
      "a logo that is not https",
      { ...brand, logoUrl: "javascript:alert(1)" },
      '<td style="background:#1d4ed8;padding:16px 24px;color:#ffffff;font-size:18px;font-weight:700">Maple',
    ],
  ])("ignores %s", (_name, b, expected) => {
    const html = emailHtml("Hi", b);
    expect(html).toContain(expected);
    expect(html).not.toContain("javascript:");
  });
});
