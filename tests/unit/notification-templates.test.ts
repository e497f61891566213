import { describe, expect, it } from "vitest";
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
