// Categories are data an admin can rename, so they are stored in one language. The defaults
// Fixwell ships with are translated here, matched by their stored name and texts; a category or
// tip an admin wrote shows as written.
import type { Locale } from "@/lib/i18n/locales";

type CategoryText = { name: string; examples: string[]; tips: string[] };

const ES: Record<string, { name: string; examples: Record<string, string>; tips: Record<string, string> }> = {
  Plumbing: {
    name: "Plomería",
    examples: { leaks: "fugas", clogs: "tapones", "water heater": "calentador de agua", toilet: "inodoro" },
    tips: {
      "For a clogged sink, try a plunger before calling.":
        "Si el fregadero está tapado, pruebe con un destapador antes de llamar.",
      "Turn off the valve under the sink or toilet to stop a leak.":
        "Cierre la llave debajo del fregadero o del inodoro para detener una fuga.",
    },
  },
  Electrical: {
    name: "Electricidad",
    examples: { outlets: "enchufes", lights: "luces", breakers: "interruptores del panel", switches: "apagadores" },
    tips: {
      "Check the breaker panel and reset a tripped breaker.":
        "Revise el panel eléctrico y vuelva a subir el interruptor que se haya bajado.",
      "Bathroom and kitchen outlets may have a reset button (GFCI).":
        "Los enchufes del baño y la cocina pueden tener un botón de reinicio (GFCI).",
    },
  },
  HVAC: {
    name: "Calefacción y aire",
    examples: { "no heat": "sin calefacción", "no cooling": "sin aire frío", thermostat: "termostato" },
    tips: {
      "Check the thermostat's batteries and mode.": "Revise las pilas y el modo del termostato.",
      "Make sure the vents are open and unblocked.": "Asegúrese de que las rejillas estén abiertas y sin obstáculos.",
    },
  },
  Appliances: {
    name: "Electrodomésticos",
    examples: {
      refrigerator: "refrigerador",
      stove: "estufa",
      dishwasher: "lavavajillas",
      "washer/dryer": "lavadora/secadora",
    },
    tips: {
      "Garbage disposal: press the red reset button underneath.":
        "Triturador de basura: presione el botón rojo de reinicio que está debajo.",
    },
  },
  Structural: {
    name: "Estructura",
    examples: { doors: "puertas", windows: "ventanas", locks: "cerraduras", flooring: "pisos" },
    tips: {},
  },
  "Pest control": {
    name: "Plagas",
    examples: { insects: "insectos", rodents: "roedores" },
    tips: {
      "Keep food sealed and take trash out daily until we visit.":
        "Guarde la comida bien cerrada y saque la basura a diario hasta nuestra visita.",
    },
  },
  General: {
    name: "General",
    examples: { "smoke detectors": "detectores de humo", "light bulbs": "focos", cosmetic: "detalles estéticos" },
    tips: {
      "A chirping smoke detector usually needs a new battery.":
        "Un detector de humo que pita cada tanto casi siempre necesita pila nueva.",
    },
  },
};

export function localizeCategory<C extends CategoryText>(c: C, locale: Locale): C {
  const es = locale === "es" ? ES[c.name] : undefined;
  if (!es) return c;
  return {
    ...c,
    name: es.name,
    examples: c.examples.map((e) => es.examples[e] ?? e),
    tips: c.tips.map((t) => es.tips[t] ?? t),
  };
}

export function categoryName(name: string, locale: Locale): string {
  return (locale === "es" && ES[name]?.name) || name;
}
