// Issue 18: every message to a vendor exists in English and Spanish, renders with every slot filled
// in both, really is Spanish in Spanish, and a text stays within two SMS segments.
import { describe, expect, it } from "vitest";
import {
  hasSms,
  renderVendorMessage,
  VENDOR_TEMPLATE_NAMES,
  VENDOR_TEMPLATES,
  type VendorTemplate,
} from "@/lib/notifications/vendor-templates";

const vars = {
  org: "Harbor Property Management",
  number: 12345,
  place: "Maple Court 2C",
  address: "Maple Court 2C (12 Maple Court, Springfield)",
  category: "Plumbing",
  priority: "URGENT",
  description: "Kitchen tap drips all night",
  window: "Thu, 14 Mar, 9:00 AM–12:00 PM",
  amount: "$750.00",
  vendor: "ABC Plumbing",
  paper: "LICENCE",
  date: "31 Mar 2027",
  days: 30,
  author: "Alex Kim",
  body: "Leak is worse at night",
};
const names = [...VENDOR_TEMPLATE_NAMES];
// What a message may not show: a slot left open, a missing value, an English word in Spanish.
const unfilled = /\{\w+\}(?!\})|undefined|NaN|null/;

describe("vendor message templates", () => {
  it("both languages have exactly the listed templates", () => {
    expect(Object.keys(VENDOR_TEMPLATES.en).sort()).toEqual([...names].sort());
    expect(Object.keys(VENDOR_TEMPLATES.es).sort()).toEqual([...names].sort());
    for (const name of names) expect(!!VENDOR_TEMPLATES.es[name].sms, name).toBe(hasSms(name));
  });

  it.each(names)("%s renders in English and Spanish with every slot filled", (name: VendorTemplate) => {
    for (const locale of ["en", "es"] as const) {
      const { subject, body } = renderVendorMessage(name, locale, "EMAIL", vars);
      expect(subject, `${locale} subject`).toBeTruthy();
      expect(`${subject}\n${body}`, `${locale} ${name}`).not.toMatch(unfilled);
      expect(body, `${locale} ${name} is signed`).toMatch(/Harbor Property Management$/);
      if (hasSms(name)) {
        const sms = renderVendorMessage(name, locale, "SMS", vars).body;
        expect(sms).not.toMatch(unfilled);
        expect(sms.length, `${locale} ${name} SMS`).toBeLessThanOrEqual(306);
      } else {
        expect(() => renderVendorMessage(name, locale, "SMS", vars)).toThrow(/no text message/);
      }
    }
  });

  it.each(names)("%s in Spanish is not the English text", (name: VendorTemplate) => {
    const en = renderVendorMessage(name, "en", "EMAIL", vars);
    const es = renderVendorMessage(name, "es", "EMAIL", vars);
    expect(es.subject).not.toBe(en.subject);
    expect(es.body).not.toBe(en.body);
    expect(`${es.subject}\n${es.body}`).not.toMatch(/\b(the|your|job|you|please|here)\b/i);
  });

  it("names the default categories, priorities and papers in the vendor's language; data stays as typed", () => {
    const es = renderVendorMessage("vendor-assigned", "es", "EMAIL", vars);
    expect(es.subject).toBe("Nuevo trabajo #12345: Plomería, Maple Court 2C");
    expect(es.body).toContain(
      "Tiene un nuevo trabajo urgente: Plomería en Maple Court 2C (12 Maple Court, Springfield).",
    );
    expect(es.body).toContain('"Kitchen tap drips all night"'); // the tenant's words, as written
    expect(renderVendorMessage("vendor-assigned", "en", "SMS", vars).body).toBe(
      "Harbor Property Management: new job #12345, Plumbing at Maple Court 2C. {{link}}",
    );
    expect(renderVendorMessage("vendor-papers-reminder", "es", "EMAIL", vars).subject).toBe(
      "Su licencia vence el 31 Mar 2027",
    );
    expect(renderVendorMessage("vendor-papers-expired", "en", "EMAIL", { ...vars, paper: "INSURANCE" }).subject).toBe(
      "Your insurance expired on 31 Mar 2027",
    );
    // A category an admin named keeps its name.
    expect(renderVendorMessage("vendor-job-link", "es", "EMAIL", { ...vars, category: "Roof" }).subject).toBe(
      "Su enlace para el trabajo #12345: Roof, Maple Court 2C",
    );
  });

  it("says booked or moved, cancelled or reassigned, one day or several", () => {
    const r = (name: VendorTemplate, locale: "en" | "es", more: Record<string, string | number | undefined>) =>
      renderVendorMessage(name, locale, "EMAIL", { ...vars, ...more }).subject;
    expect(r("vendor-scheduled", "en", {})).toMatch(/^Visit booked:/);
    expect(r("vendor-scheduled", "en", { moved: 1 })).toMatch(/^Visit moved:/);
    expect(r("vendor-scheduled", "es", {})).toMatch(/^Visita programada:/);
    expect(r("vendor-scheduled", "es", { moved: 1 })).toMatch(/^Visita cambiada:/);
    expect(r("vendor-withdrawn", "en", { cancelled: 1 })).toBe("Job #12345 cancelled");
    expect(r("vendor-withdrawn", "es", {})).toBe("Trabajo #12345 reasignado");
    const body = (locale: "en" | "es", days: number) =>
      renderVendorMessage("vendor-papers-reminder", locale, "EMAIL", { ...vars, days }).body;
    expect(body("en", 1)).toContain("in 1 day.");
    expect(body("es", 1)).toContain("en 1 día.");
    expect(body("es", 7)).toContain("en 7 días.");
  });
});
