// The severity definitions say the SLA targets an admin set, in English and Spanish.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { DEFAULT_SLA } from "@/lib/work-orders/sla";
import { durationWords } from "@/lib/work-orders/sla-words";

const tEn = translator("en", en);
const tEs = translator("es", es);

describe("durationWords", () => {
  it.each([
    [240, false, "4 hours", "4 horas"],
    [60, false, "1 hour", "1 hora"],
    [90, false, "90 minutes", "90 minutos"],
    [24 * 60, false, "24 hours", "24 horas"],
    [48 * 60, false, "2 days", "2 días"],
    [48 * 60, true, "2 business days", "2 días hábiles"],
    [24 * 60, true, "1 business day", "1 día hábil"],
    [7 * 24 * 60, false, "7 days", "7 días"],
    [36 * 60, true, "36 hours", "36 horas"], // not whole days: said in hours
  ])("%i minutes, business %s → %s / %s", (minutes, business, english, spanish) => {
    expect(tEn(durationWords(minutes, business))).toBe(english);
    expect(tEs(durationWords(minutes, business))).toBe(spanish);
  });
});

describe("severity definitions", () => {
  const words = (t: typeof tEn, p: string) => {
    const target = DEFAULT_SLA.find((s) => s.priority === p)!;
    return t(`severity.${p}.definition`, {
      response: t(durationWords(target.responseMinutes, target.businessTime)),
      resolution: t(durationWords(target.resolutionMinutes, target.businessTime)),
    });
  };
  it("say the default targets", () => {
    expect(words(tEn, "EMERGENCY")).toBe(
      "Safety risk, habitability threat or active water damage: we respond within 4 hours.",
    );
    expect(words(tEn, "URGENT")).toBe("Major inconvenience that could get worse: we respond within 24 hours.");
    expect(words(tEn, "ROUTINE")).toBe(
      "Standard maintenance: we respond within 2 business days and aim to fix it within 5 business days.",
    );
    expect(words(tEs, "ROUTINE")).toBe(
      "Mantenimiento normal: respondemos en menos de 2 días hábiles y procuramos repararlo en menos de 5 días hábiles.",
    );
    for (const p of ["EMERGENCY", "URGENT", "ROUTINE", "LOW"]) expect(words(tEs, p)).not.toMatch(/\{|\}/);
  });
});
