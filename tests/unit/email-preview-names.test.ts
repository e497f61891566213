// Settings → Email previews names every template in the reader's language: each has a key.
import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { OWNER_TEMPLATE_NAMES } from "@/lib/notifications/owner-templates";
import { STAFF_TEMPLATE_NAMES } from "@/lib/notifications/staff-templates";
import { TEMPLATES } from "@/lib/notifications/templates";
import { VENDOR_TEMPLATE_NAMES } from "@/lib/notifications/vendor-templates";

const ALL = [...Object.keys(TEMPLATES.en), ...STAFF_TEMPLATE_NAMES, ...VENDOR_TEMPLATE_NAMES, ...OWNER_TEMPLATE_NAMES];

describe("email template names", () => {
  it("exist for every template, in English and Spanish, and differ between the two", () => {
    for (const name of ALL) {
      const key = `previews.tpl.${name}` as MessageKey;
      expect(en[key], name).toBeTruthy();
      expect(es[key], name).toBeTruthy();
    }
    const spanish = ALL.filter((n) => es[`previews.tpl.${n}` as MessageKey] !== en[`previews.tpl.${n}` as MessageKey]);
    expect(spanish).toEqual(ALL);
    expect(ALL.map((n) => es[`previews.tpl.${n}` as MessageKey])).toContain("Enlace del trabajo para el proveedor");
  });

  it("name no template that is gone", () => {
    const named = Object.keys(en).filter((k) => k.startsWith("previews.tpl."));
    expect(named.sort()).toEqual(ALL.map((n) => `previews.tpl.${n}`).sort());
  });
});
