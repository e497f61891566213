import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { categoryName, localizeCategory } from "@/lib/i18n/categories";
import { negotiateLocale } from "@/lib/i18n/locales";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { approvalsEn } from "@/lib/i18n/messages/approvals-en";
import { approvalsEs } from "@/lib/i18n/messages/approvals-es";
import { reportsEn } from "@/lib/i18n/messages/reports-en";
import { reportsEs } from "@/lib/i18n/messages/reports-es";
import { settingsEn } from "@/lib/i18n/messages/settings-en";
import { settingsEs } from "@/lib/i18n/messages/settings-es";
import { staffEn } from "@/lib/i18n/messages/staff-en";
import { staffEs } from "@/lib/i18n/messages/staff-es";
import { workOrderEn } from "@/lib/i18n/messages/work-order-en";
import { workOrderEs } from "@/lib/i18n/messages/work-order-es";
import { translator } from "@/lib/i18n/translate";
import { CATEGORIES } from "@/prisma/seed";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "es-MX,es;q=0.9,en;q=0.8", "es"],
    [undefined, "en-US,en;q=0.9,es;q=0.8", "en"],
    [undefined, "fr-FR,fr;q=0.9,es;q=0.5", "es"],
    [undefined, "fr-FR", "en"],
    [undefined, "en;q=0.2,es;q=0.8", "es"],
    [undefined, "es;q=0", "en"],
    [undefined, "", "en"],
    [undefined, null, "en"],
    ["es", "en-US", "es"],
    ["en", "es-ES", "en"],
    ["de", "es-ES", "es"],
  ])("cookie %s, Accept-Language %s -> %s", (cookie, header, expected) => {
    expect(negotiateLocale(cookie, header)).toBe(expected);
  });
});

describe("dictionaries", () => {
  const slots = (s: string) => [...s.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]).sort();
  it("Spanish has every English key, none empty or left in English, with the same slots", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const spanish = es[key as keyof typeof en];
      expect(spanish.trim(), key).not.toBe("");
      expect(slots(spanish), key).toEqual(slots(text));
    }
    // Nothing left untranslated by mistake: the only texts spelled alike in both languages (a text that
    // is only slots and punctuation, like "{action}: {entity}", has no words to translate).
    const onlySlots = (s: string) => !/\p{L}/u.test(s.replace(/\{\w+\}/g, ""));
    const same = Object.keys(en)
      .filter((k) => en[k as keyof typeof en] === es[k as keyof typeof en])
      .filter((k) => !onlySlots(en[k as keyof typeof en]))
      .sort();
    // "Video {n}: {name}", "Videos", "{n} min", "{h} h", "{h} h {m} min", and the audit log's "no"
    expect(same).toEqual(
      [
        "audit.no",
        "request.videoLabel",
        "request.videosOnly",
        "time.minutes",
        "time.hours",
        "time.hoursMinutes",
      ].sort(),
    );
  });

  it.each([
    ["staff dashboard", staffEn, staffEs],
    ["work order page", workOrderEn, workOrderEs],
    ["estimates panel", approvalsEn, approvalsEs],
    ["settings", settingsEn, settingsEs],
    ["reports' sections", reportsEn, reportsEs],
  ] as [string, Record<string, string>, Record<string, string>][])(
    "the %s's words are in both dictionaries, none overridden by another key of the same name",
    (_, english, spanish) => {
      expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(en[key as keyof typeof en], key).toBe(text);
        expect(es[key as keyof typeof es], key).toBe(spanish[key]);
      }
    },
  );
});

describe("translator", () => {
  const t = translator("es", es);
  it.each([
    ["v.category", undefined, "Elija qué tipo de problema es."],
    ["request.title", { number: 42 }, "Solicitud #42"],
    ["a description the tenant typed", undefined, "a description the tenant typed"],
  ])("%s", (m, vars, expected) => expect(t(m, vars)).toBe(expected));
  it("translates a message with slots, and slot values that are keys", () => {
    expect(t({ key: "err.TRANSITION_NOT_ALLOWED", vars: { from: "status.NEW", to: "status.COMPLETED" } })).toBe(
      "Una solicitud en estado «Nueva» no puede pasar a «Terminada».",
    );
    expect(translator("en", en)({ key: "err.RATE_LIMITED", vars: { minutes: 60 } })).toBe(
      "Too many attempts. Please wait 60 minutes and try again.",
    );
  });
  it.each([
    ["en", 1, "A closed request can be reopened within 1 day of closing."],
    ["en", 30, "A closed request can be reopened within 30 days of closing."],
    ["en", 0, "A closed request can be reopened within 0 days of closing."],
    ["es", 1, "Una solicitud cerrada se puede reabrir hasta 1 día después del cierre."],
    ["es", 1000, "Una solicitud cerrada se puede reabrir hasta 1,000 días después del cierre."],
  ] as const)("a counted slot reads singular only for exactly one (%s, %d)", (locale, days, expected) => {
    expect(translator(locale, locale === "es" ? es : en)({ key: "err.callbackWindow", vars: { days } })).toBe(expected);
  });
});

describe("default categories", () => {
  it("every shipped category, example and tip has a Spanish text; an admin's own stays as written", () => {
    for (const c of CATEGORIES) {
      const l = localizeCategory(c, "es");
      if (c.name !== "General") expect(l.name, c.name).not.toBe(c.name); // "General" is Spanish too
      l.examples.forEach((e, i) => expect(e, c.examples[i]).not.toBe(c.examples[i]));
      l.tips.forEach((e, i) => expect(e, c.tips[i]).not.toBe(c.tips[i]));
    }
    const own = { name: "Elevators", examples: ["stuck"], tips: ["Press the alarm"] };
    expect(localizeCategory(own, "es")).toEqual(own);
    expect(localizeCategory(CATEGORIES[0], "en")).toEqual(CATEGORIES[0]);
  });

  it("a category's name alone reads the same way (queue, work order, reports, settings)", () => {
    for (const c of CATEGORIES) expect(categoryName(c.name, "es")).toBe(localizeCategory(c, "es").name);
    expect(categoryName("Pest control", "es")).toBe("Plagas");
    expect(categoryName("Pest control", "en")).toBe("Pest control");
    expect(categoryName("Elevators", "es")).toBe("Elevators");
    expect(categoryName("pest control", "es")).toBe("pest control"); // matched as stored, not guessed
  });
});

describe("domain errors are message keys", () => {
  // Every `new AppError(code, message, fieldErrors)` and `invalidField(field, message)` in lib/ names its
  // message by a key of en.ts, so the reader sees it in their language. Read from the source (the
  // TypeScript parser), since a literal English sentence type-checks as a plain string.
  const SKIP = [/^lib\/db\/generated\//, /^lib\/i18n\/messages\//];
  const files = fs
    .readdirSync("lib", { recursive: true, encoding: "utf8" })
    .map((f) => `lib/${f.split(path.sep).join("/")}`)
    .filter((f) => /\.tsx?$/.test(f) && !SKIP.some((re) => re.test(f)));

  /** Messages that are not keys: literals not in en.ts, and sentences built with `${}`. */
  function strayMessages(file: string, source: string): string[] {
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
    const out: string[] = [];
    const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const check = (n: ts.Expression | undefined): void => {
      if (!n) return;
      if (ts.isParenthesizedExpression(n)) return check(n.expression);
      if (ts.isConditionalExpression(n)) return (check(n.whenTrue), check(n.whenFalse));
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
        if (!Object.hasOwn(en, n.text)) out.push(`${where(n)} ${JSON.stringify(n.text)}`);
      } else if (ts.isTemplateExpression(n)) out.push(`${where(n)} ${n.getText()}`);
    };
    const checkFieldErrors = (n: ts.Expression | undefined) => {
      if (!n || !ts.isObjectLiteralExpression(n)) return;
      for (const p of n.properties)
        if (ts.isPropertyAssignment(p) && ts.isArrayLiteralExpression(p.initializer))
          p.initializer.elements.forEach((e) => check(e));
    };
    const visit = (n: ts.Node) => {
      if (ts.isNewExpression(n) && n.expression.getText() === "AppError") {
        check(n.arguments?.[1]);
        checkFieldErrors(n.arguments?.[2]);
      }
      if (ts.isCallExpression(n) && n.expression.getText() === "invalidField") check(n.arguments[1]);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    return out;
  }

  it("finds the calls it checks (the scan itself works)", () => {
    expect(files).toContain("lib/errors.ts");
    expect(strayMessages("x.ts", 'new AppError("NOT_FOUND", "err.NOT_FOUND");')).toEqual([]);
    expect(
      strayMessages(
        "x.ts",
        'new AppError("INVALID_INPUT", `Select ${n}.`, { a: ["No key"] }); invalidField("b", ok ? "v.reason" : "Say why.");',
      ),
    ).toEqual(["x.ts:1 `Select ${n}.`", 'x.ts:1 "No key"', 'x.ts:1 "Say why."']);
  });

  it("every AppError and invalidField message in lib/ (outside lib/actions) is a key of en.ts", () => {
    const stray = files.flatMap((f) => strayMessages(f, fs.readFileSync(f, "utf8")));
    expect(stray).toEqual([]);
  });
});
