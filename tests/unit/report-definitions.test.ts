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
  it("name the query's own rows in the reader's language and keep names as written", () => {
    const name = (g: Parameters<typeof groupName>[0], t: typeof english) => t(groupName(g));
    const all = { dimension: "overall", key: null, label: "All" } as const;
    const noVendor = { dimension: "vendor", key: null, label: "No vendor" } as const;
    const urgent = { dimension: "priority", key: "URGENT", label: "URGENT" } as const;
    const hvac = { dimension: "category", key: "c1", label: "HVAC" } as const;
    expect([all, noVendor, urgent, hvac].map((g) => name(g, english))).toEqual(["All", "No vendor", "Urgent", "HVAC"]);
    expect([all, noVendor, urgent, hvac].map((g) => name(g, spanish))).toEqual([
      "Todos",
      "Sin proveedor",
      "Urgente",
      "HVAC",
    ]);
  });
});
