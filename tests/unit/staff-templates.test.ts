// Staff messages in the recipient's language, and the channel each person chose.
import { describe, expect, it } from "vitest";
import { byPreference } from "@/lib/notifications/recipients";
import {
  isStaffTemplate,
  renderStaffMessage,
  STAFF_TEMPLATE_NAMES,
  STAFF_TEMPLATES,
} from "@/lib/notifications/staff-templates";

const vars = {
  org: "Harbor Property Management",
  number: 12345,
  priority: "EMERGENCY",
  category: "Plumbing",
  place: "Maple Court 1A",
  reporter: "Alex Kim",
  description: "Water pouring through the kitchen ceiling",
  name: "Alex Kim",
  body: "It is getting worse, the ceiling bulges now.",
  times: "Mon or Tue after 5 pm",
  reason: "I work days",
  count: 2,
  files: "leak.jpg, ceiling.mp4",
  target: "response",
  due: "Mar 14, 2026, 9:00 AM",
  window: "Thu, 14 Mar, 9:00 AM–12:00 PM",
  owner: "Olivia Grant",
  amount: "$750.00",
  note: "Go ahead",
  hours: 72,
  vendor: "ABC Plumbing",
};
const link = "https://repairs.example.com/dashboard/work-orders/12345";

describe("staff message templates", () => {
  it("Spanish has every template", () => {
    expect(Object.keys(STAFF_TEMPLATES.es).sort()).toEqual([...STAFF_TEMPLATE_NAMES].sort());
    expect(Object.keys(STAFF_TEMPLATES.en).sort()).toEqual([...STAFF_TEMPLATE_NAMES].sort());
  });

  it.each(STAFF_TEMPLATE_NAMES)(
    "%s renders in both languages, Spanish differs, nothing left unfilled, SMS within two segments",
    (name) => {
      const en = renderStaffMessage(name, "en", "EMAIL", vars, link);
      const es = renderStaffMessage(name, "es", "EMAIL", vars, link);
      for (const m of [en, es]) {
        expect(`${m.subject} ${m.body}`).not.toMatch(/undefined|\{\w+\}|NaN/);
        expect(m.body.endsWith(link)).toBe(true);
      }
      expect(es.subject).not.toEqual(en.subject);
      for (const locale of ["en", "es"] as const) {
        const sms = renderStaffMessage(name, locale, "SMS", vars, link);
        expect(sms.subject).toBeUndefined();
        expect(sms.body.length, `${locale} ${name}`).toBeLessThanOrEqual(306);
      }
    },
  );

  it.each([
    ["new-request", "en", "New emergency request #12345: Plumbing, Maple Court 1A"],
    ["new-request", "es", "Nueva solicitud de emergencia #12345: Plumbing, Maple Court 1A"],
    ["sla-breached", "es", "Vencido: objetivo de respuesta de #12345 (Plumbing de emergencia, Maple Court 1A)"],
    ["tenant-photos", "es", "#12345: Alex Kim añadió 2 archivos"],
  ] as const)("%s in %s reads %s", (name, locale, subject) => {
    expect(renderStaffMessage(name, locale, "EMAIL", vars).subject).toBe(subject);
  });

  it("optional details appear only when given", () => {
    expect(renderStaffMessage("reschedule-request", "es", "EMAIL", { ...vars, reason: undefined }).body).toBe(
      "Le conviene: Mon or Tue after 5 pm",
    );
    expect(renderStaffMessage("reschedule-request", "es", "EMAIL", vars).body).toBe(
      "Le conviene: Mon or Tue after 5 pm\nNota: I work days",
    );
    expect(renderStaffMessage("tenant-message", "en", "EMAIL", { ...vars, via: "SMS" }).subject).toBe(
      "New text on #12345 from Alex Kim",
    );
  });

  it("knows its own names", () => {
    expect(isStaffTemplate("sla-breached")).toBe(true);
    expect(isStaffTemplate("assigned")).toBe(false);
  });
});

describe("channel by preference", () => {
  const person = { id: "u1", email: "dana@example.com", phone: "+15550100201", smsOptOut: false, locale: "es" };
  it.each([
    ["EMAIL", person, ["EMAIL"]],
    ["SMS", person, ["SMS"]],
    ["BOTH", person, ["EMAIL", "SMS"]],
    ["PHONE", person, ["EMAIL"]],
    ["SMS", { ...person, phone: null }, ["EMAIL"]],
    ["SMS", { ...person, smsOptOut: true }, ["EMAIL"]],
    ["BOTH", { ...person, smsOptOut: true }, ["EMAIL"]],
  ] as const)("%s with %o goes by %o", (method, u, channels) => {
    const got = byPreference(u, method);
    expect(got.map((r) => r.channel)).toEqual(channels);
    expect(got.every((r) => r.locale === "es" && r.userId === "u1")).toBe(true);
  });
  it("an unknown language falls back to English", () => {
    expect(byPreference({ ...person, locale: "fr" }, "EMAIL")[0].locale).toBe("en");
  });
});
