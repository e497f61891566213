// Settings → Timings and thresholds: what an admin may type, and what each field becomes.
import { describe, expect, it } from "vitest";
import { es } from "@/lib/i18n/messages/es";
import { issueMsg, translator } from "@/lib/i18n/translate";
import { DEFAULT_TIMINGS, monthsBefore, reminderDaysForInput, timingsSchema } from "@/lib/timings";
import { english } from "@/tests/support/english";

const typed = {
  escalateMinutes: "15",
  atRiskPercent: "75",
  reopenDays: "30",
  callbackDays: "30",
  lookbackMonths: "6",
  reminderDays: "60, 30, 7",
};
/** Each refusal beside its field, read through a dictionary (English unless told). */
const errorsOf = (patch: Partial<typeof typed>, read = english) => {
  const r = timingsSchema.safeParse({ ...typed, ...patch });
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), read(issueMsg(i))]));
};

describe("timingsSchema", () => {
  it("reads today's values as the defaults", () => {
    expect(timingsSchema.parse(typed)).toEqual(DEFAULT_TIMINGS);
  });

  it("reads other values, trimmed, with the reminders farthest first", () => {
    expect(
      timingsSchema.parse({
        escalateMinutes: " 5 ",
        atRiskPercent: "90",
        reopenDays: "7",
        callbackDays: "10",
        lookbackMonths: "12",
        reminderDays: "10,45",
      }),
    ).toEqual({
      emergencyEscalateMinutes: 5,
      slaAtRiskPercent: 90,
      reopenWindowDays: 7,
      callbackWindowDays: 10,
      repeatLookbackMonths: 12,
      paperReminderDays: [45, 10],
    });
  });

  it.each([
    // [field, typed, the message beside it]
    ["escalateMinutes", "", "Enter the escalation step, like 15."],
    ["escalateMinutes", "0", "Between 1 and 240 minutes."],
    ["escalateMinutes", "241", "Between 1 and 240 minutes."],
    ["escalateMinutes", "7.5", "Enter a whole number of minutes, like 15."],
    ["escalateMinutes", "ten", "Enter a whole number of minutes, like 15."],
    ["atRiskPercent", "49", "Between 50 and 95 percent."],
    ["atRiskPercent", "96", "Between 50 and 95 percent."],
    ["atRiskPercent", "75%", "Enter a whole percentage, like 75."],
    ["reopenDays", "0", "Between 1 and 365 days."],
    ["reopenDays", "366", "Between 1 and 365 days."],
    ["callbackDays", "-3", "Enter a whole number of days, like 30."],
    ["callbackDays", "", "Enter the callback window, like 30."],
    ["lookbackMonths", "0", "Between 1 and 24 months."],
    ["lookbackMonths", "25", "Between 1 and 24 months."],
    ["reminderDays", "", "Enter one to three numbers of days, like 60, 30, 7."],
    ["reminderDays", "60, 30, 7, 1", "At most 3 reminders, like 60, 30, 7."],
    ["reminderDays", "30, 30", "Each number of days once: no repeats."],
    ["reminderDays", "60, 0", "Each between 1 and 365 days."],
    ["reminderDays", "400", "Each between 1 and 365 days."],
    ["reminderDays", "60, 2.5", "Use whole numbers of days separated by commas, like 60, 30, 7."],
    ["reminderDays", "sixty", "Use whole numbers of days separated by commas, like 60, 30, 7."],
  ] as const)("refuses %s = %j: %s", (field, value, message) => {
    expect(errorsOf({ [field]: value })).toEqual({ [field]: message });
  });

  it.each([
    ["escalateMinutes", "", "Escriba el paso de escalamiento, como 15."],
    ["atRiskPercent", "49", "Entre 50 y 95 por ciento."],
    ["callbackDays", "-3", "Escriba un número entero de días, como 30."],
    ["reminderDays", "60, 30, 7, 1", "Como máximo 3 recordatorios, como 60, 30, 7."],
  ] as const)("refuses %s = %j in Spanish: %s", (field, value, message) => {
    expect(errorsOf({ [field]: value }, translator("es", es))).toEqual({ [field]: message });
  });

  it.each([
    ["escalateMinutes", "1"],
    ["escalateMinutes", "240"],
    ["atRiskPercent", "50"],
    ["atRiskPercent", "95"],
    ["reopenDays", "1"],
    ["callbackDays", "365"],
    ["lookbackMonths", "1"],
    ["lookbackMonths", "24"],
    ["reminderDays", "1"],
    ["reminderDays", "365; 1"],
    ["reminderDays", "45 10"],
  ] as const)("takes %s = %j (the bounds, and spaces or semicolons between days)", (field, value) => {
    expect(errorsOf({ [field]: value })).toBeNull();
  });

  it("says every wrong field at once", () => {
    expect(Object.keys(errorsOf({ escalateMinutes: "0", reminderDays: "x", lookbackMonths: "99" }) ?? {})).toEqual([
      "escalateMinutes",
      "lookbackMonths",
      "reminderDays",
    ]);
  });
});

describe("words and dates", () => {
  it("writes the reminder days back as an admin types them", () => {
    expect(reminderDaysForInput([60, 30, 7])).toBe("60, 30, 7");
    expect(reminderDaysForInput([45])).toBe("45");
  });

  it.each([
    ["2026-12-06T10:00:00Z", 6, "2026-06-06T10:00:00.000Z"],
    ["2026-08-31T10:00:00Z", 6, "2026-02-28T10:00:00.000Z"], // no 31 February: its last day
    ["2028-08-31T10:00:00Z", 6, "2028-02-29T10:00:00.000Z"],
    ["2026-03-15T00:30:00Z", 3, "2025-12-15T00:30:00.000Z"], // back across a new year
    ["2026-03-15T00:30:00Z", 24, "2024-03-15T00:30:00.000Z"],
    ["2026-01-31T23:00:00Z", 1, "2025-12-31T23:00:00.000Z"],
  ] as const)("%s less %d months is %s", (now, months, expected) => {
    expect(monthsBefore(new Date(now), months).toISOString()).toBe(expected);
  });
});
