// Counted settings messages agree in number with their count ("1 recipient gets", "2 recipients get";
// "Last delivery", "Last 3 deliveries"), in English and Spanish: the first form is for exactly one.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";

const t = { en: translator("en", en), es: translator("es", es) };

describe("counted settings messages", () => {
  it.each([
    ["en", 1, "Saved: 1 recipient gets last month's export on the 1st."],
    ["en", 2, "Saved: 2 recipients get last month's export on the 1st."],
    ["es", 1, "Guardado: 1 destinatario recibe la exportación del mes anterior el día 1."],
    ["es", 2, "Guardado: 2 destinatarios reciben la exportación del mes anterior el día 1."],
  ] as const)("monthly export recipients saved (%s, %d)", (locale, n, expected) => {
    expect(t[locale]({ key: "settings.saved.recipients", vars: { n } })).toBe(expected);
  });

  it.each([
    ["en", 1, "Last delivery to Accounting"],
    ["en", 3, "Last 3 deliveries to Accounting"],
    ["es", 1, "Último envío a Accounting"],
    ["es", 3, "Últimos 3 envíos a Accounting"],
  ] as const)("webhook delivery log heading (%s, %d)", (locale, n, expected) => {
    expect(t[locale]({ key: "hooks.last", vars: { n, label: "Accounting" } })).toBe(expected);
  });
});
