// The branded email (issue 18): React Email's HTML and the plain text around a message, with the
// organisation's name, colour, logo, contact details, office hours in words and footer line.
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/outbox/email/branded-email";
import { FALLBACK_BRAND, officeHoursInWords, type EmailBrand } from "@/lib/outbox/email/footer";

const brand: EmailBrand = {
  name: "Maple <PM>",
  logoUrl: "https://cdn.example.com/logo.png",
  brandColor: "#1d4ed8",
  contactPhone: "+1 555 123 4567",
  contactEmail: "office@maple.example",
  contactAddress: "12 Maple Court\nSpringfield, IL",
  emailFooter: "Reply to this email or call us: we read every message.",
  timeZone: "America/Chicago",
  workingDays: [1, 2, 3, 4, 5],
  workdayStartMinute: 480,
  workdayEndMinute: 1020,
};
const TEXT = "Hello <b>Alex</b> & co\n\nFollow it here: https://repairs.example.com/t/abc.\nThanks";

describe("the HTML part", () => {
  it("carries the name, logo and colour, escapes the text and makes links clickable", async () => {
    const { html } = await renderEmail(TEXT, brand, "en");
    expect(html).toContain("Maple &lt;PM&gt;");
    expect(html).not.toContain("<PM>");
    expect(html).toContain('src="https://cdn.example.com/logo.png"');
    expect(html).toContain("background-color:#1d4ed8");
    expect(html).toContain("Hello &lt;b&gt;Alex&lt;/b&gt; &amp; co");
    expect(html).not.toContain("<b>Alex");
    // The link stops before the sentence's full stop; the line break is kept.
    expect(html).toMatch(
      /<a href="https:\/\/repairs\.example\.com\/t\/abc" style="color:#1d4ed8[^"]*"[^>]*>https:\/\/repairs\.example\.com\/t\/abc<\/a>\.<\/span><span><br\/>Thanks/,
    );
    expect(html).toContain('lang="en"');
  });

  it("has a footer with the contact details, the office hours in words and the footer line", async () => {
    const { html } = await renderEmail(TEXT, brand, "en");
    expect(html).toContain('<a href="tel:+15551234567"');
    expect(html).toContain(">+1 555 123 4567</a>");
    expect(html).toContain('<a href="mailto:office@maple.example"');
    expect(html).toContain("Address: 12 Maple Court, Springfield, IL");
    expect(html).toContain("Office hours: Monday to Friday, 8:00 AM to 5:00 PM (Central Time)");
    expect(html).toContain("Reply to this email or call us: we read every message.");
  });

  it("writes the footer in the recipient's language", async () => {
    const { html, text } = await renderEmail("Hola", brand, "es");
    expect(html).toContain('lang="es"');
    expect(html).toContain("Teléfono: ");
    expect(html).toContain("Dirección: 12 Maple Court, Springfield, IL");
    expect(text).toContain("Horario de oficina: Lunes a viernes, 8:00 a.m. a 5:00 p.m. (hora central)");
  });

  it.each([
    ["a logo that is not https", { logoUrl: "javascript:alert(1)" }, "Maple &lt;PM&gt;"],
    ["a logo on plain http", { logoUrl: "http://cdn.example.com/logo.png" }, "Maple &lt;PM&gt;"],
    ["a logo address that closes its attribute", { logoUrl: 'https://x.example/a"onerror="x' }, "Maple &lt;PM&gt;"],
  ])("refuses %s", async (_name, change, expected) => {
    const { html } = await renderEmail("Hi", { ...brand, ...change }, "en");
    expect(html).toContain(expected);
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/javascript:|red;background|onerror/);
  });

  it("refuses a colour that is not a hex colour: the default colour instead", async () => {
    const { html } = await renderEmail("Hi https://x.example", { ...brand, brandColor: "red;background:url(x)" }, "en");
    expect(html).toContain("background-color:#0f766e");
    expect(html).toContain('style="color:#0f766e');
    expect(html).not.toContain("red;background");
  });

  it("leaves out what the organisation did not fill in", async () => {
    const { html, text } = await renderEmail("Hi", { ...FALLBACK_BRAND, name: "Maple PM" }, "en");
    expect(html).not.toMatch(/Phone:|Email:|Address:|Office hours:/);
    expect(text).toBe("Hi");
  });
});

describe("the plain-text part", () => {
  it("is the message with the footer's lines under a signature separator", async () => {
    const { text } = await renderEmail(TEXT, brand, "en");
    expect(text).toBe(
      `${TEXT}\n\n-- \nPhone: +1 555 123 4567\nEmail: office@maple.example\nAddress: 12 Maple Court, Springfield, IL\n` +
        "Office hours: Monday to Friday, 8:00 AM to 5:00 PM (Central Time)\n" +
        "Reply to this email or call us: we read every message.",
    );
  });
});

describe("office hours in words", () => {
  const hours = (workingDays: number[], start = 480, end = 1020, timeZone = "America/New_York") => ({
    workingDays,
    workdayStartMinute: start,
    workdayEndMinute: end,
    timeZone,
  });
  it.each([
    [hours([1, 2, 3, 4, 5]), "en", "Monday to Friday, 8:00 AM to 5:00 PM (Eastern Time)"],
    [hours([1, 2, 3, 4, 5]), "es", "Lunes a viernes, 8:00 a.m. a 5:00 p.m. (hora oriental)"],
    [hours([5, 1, 3]), "en", "Monday, Wednesday, and Friday, 8:00 AM to 5:00 PM (Eastern Time)"],
    [hours([1, 2]), "en", "Monday and Tuesday, 8:00 AM to 5:00 PM (Eastern Time)"],
    [hours([1, 2, 3, 6]), "es", "Lunes a miércoles y sábado, 8:00 a.m. a 5:00 p.m. (hora oriental)"],
    [
      hours([1, 2, 3, 4, 5, 6, 7], 510, 1230, "Europe/Madrid"),
      "en",
      "Monday to Sunday, 8:30 AM to 8:30 PM (Central European Time)",
    ],
    [hours([]), "en", null],
    [hours([1], 600, 600), "en", null],
  ] as const)("%o in %s: %s", (cal, locale, expected) => {
    expect(officeHoursInWords({ ...cal, workingDays: [...cal.workingDays] }, locale)).toBe(expected);
  });
});
