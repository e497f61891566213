// Every report metric is defined, in English and Spanish, and the README repeats the English words.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { groupName } from "@/components/reports/format";
import { DEFINITIONS, definitionOf, definitionsMarkdown, type MetricId } from "@/lib/reports/definitions";
import { english } from "@/tests/support/english";

const spanish = translator("es", es);
const IDS = Object.keys(DEFINITIONS) as MetricId[];

describe("report definitions", () => {
  it("say what is counted and what starts and stops the clock, for every metric", () => {
    for (const id of IDS) {
      const d = definitionOf(id, english, { callbackWindow: "30 days" });
      expect(d.title, id).not.toBe("");
      expect(d.counts.length, id).toBeGreaterThan(20);
      expect(d.clock.length, id).toBeGreaterThan(10);
      expect(`${d.counts} ${d.clock}`, id).not.toMatch(/[{}]/); // every slot filled
    }
    expect(IDS).toEqual(
      expect.arrayContaining(["speed.firstResponse", "sla.response", "volume.backlog", "vendors.table", "costs.spend"]),
    );
  });

  it("read in Spanish for a Spanish reader, with the shared sentence and the setting filled in", () => {
    for (const id of IDS) {
      const [en, sp] = [definitionOf(id, english), definitionOf(id, spanish)];
      expect(sp.title, id).not.toBe(en.title);
      expect(sp.clock, id).not.toBe(en.clock);
    }
    expect(definitionOf("speed.firstResponse", spanish)).toEqual({
      title: "Tiempo hasta la primera respuesta",
      counts:
        "Órdenes de trabajo creadas en el periodo (dentro de su alcance y según los filtros), sea cual sea su estado actual. Solo se miden las que ya tuvieron respuesta.",
      clock: expect.stringMatching(/^Empieza al crearse la solicitud/),
      time: "calendario",
    });
    const window = spanish("def.days", { n: 45 });
    expect(window).toBe("45 días");
    expect(definitionOf("repeats.callbacks", spanish, { callbackWindow: window }).clock).toContain("(45 días)");
    expect(definitionOf("tenants.rating", spanish).time).toBe("no es una duración");
  });

  it("are in the README as generated, in English (run scripts/report-definitions.ts after a change)", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    expect(readme).toContain(definitionsMarkdown());
    expect(definitionsMarkdown()).toContain(
      "- **Callbacks** (`repeats.callbacks`, calendar time). Work orders in scope that came back in the period",
    );
    expect(definitionsMarkdown()).toContain("(30 days unless changed in Settings → Timings and thresholds)");
  });
});

describe("report row names", () => {
  it("name the query's own rows and the built-in categories in the reader's language, keep typed names", () => {
    const name = (g: Parameters<typeof groupName>[0], t: typeof english, locale: "en" | "es") =>
      t(groupName(g, locale));
    const all = { dimension: "overall", key: null, label: "All" } as const;
    const noVendor = { dimension: "vendor", key: null, label: "No vendor" } as const;
    const urgent = { dimension: "priority", key: "URGENT", label: "URGENT" } as const;
    const pests = { dimension: "category", key: "c1", label: "Pest control" } as const;
    const custom = { dimension: "category", key: "c2", label: "Gutters" } as const;
    // A property or vendor that happens to share a built-in category's name keeps its spelling.
    const property = { dimension: "property", key: "p1", label: "Plumbing" } as const;
    const rows = [all, noVendor, urgent, pests, custom, property];
    expect(rows.map((g) => name(g, english, "en"))).toEqual([
      "All",
      "No vendor",
      "Urgent",
      "Pest control",
      "Gutters",
      "Plumbing",
    ]);
    expect(rows.map((g) => name(g, spanish, "es"))).toEqual([
      "Todos",
      "Sin proveedor",
      "Urgente",
      "Plagas",
      "Gutters",
      "Plumbing",
    ]);
  });
});
