import { describe, expect, it } from "vitest";
import { detectEmergency, effectivePriority, type EmergencyKind } from "@/lib/work-orders/emergency";

const emergencies: [string, EmergencyKind][] = [
  ["I smell gas in the kitchen near the stove", "GAS"],
  ["Strong gas smell in the hallway", "GAS"],
  ["Huele a gas en la cocina", "GAS"],
  ["Hay una fuga de gas en el edificio", "GAS"],
  ["The bathroom is flooding, water everywhere", "WATER"],
  ["Burst pipe under the sink", "WATER"],
  ["Water is pouring through the ceiling light", "WATER"],
  ["Water coming through the ceiling from upstairs", "WATER"],
  ["El baño está inundado", "WATER"],
  ["Se rompió una tubería rota en la cocina y sale agua del techo", "WATER"],
  ["Sparks coming out of the outlet when I plug in", "ELECTRICAL"],
  ["There is a burning smell from the breaker panel", "ELECTRICAL"],
  ["Smoke coming from the outlet in the bedroom", "ELECTRICAL"],
  ["Salen chispas del enchufe", "ELECTRICAL"],
  ["Huele a quemado en la sala", "ELECTRICAL"],
  ["The smoke alarm is going off and won't stop", "SMOKE_CO"],
  ["Carbon monoxide detector went off", "SMOKE_CO"],
  ["La alarma de humo está sonando", "SMOKE_CO"],
  ["No heat at all, it's 40 degrees outside", "NO_HEAT"],
  ["The furnace is dead and the kids are cold", "NO_HEAT"],
  ["No hay calefacción desde ayer", "NO_HEAT"],
  ["No AC during this heat wave, my mother is elderly", "NO_COOLING"],
  ["Front door won't lock after someone forced it", "ENTRY"],
  ["Broken window in the living room", "ENTRY"],
  ["La puerta principal no cierra con llave", "ENTRY"],
  ["Sewage backing up in the bathtub", "SEWAGE"],
  ["Salen aguas negras del desagüe de la ducha", "SEWAGE"],
];

const everyday: string[] = [
  "The kitchen faucet is dripping",
  "Leaky faucet in the bathroom, slow drip",
  "Thermostat reads a bit high, maybe 2 degrees",
  "Smoke detector chirps every minute, low battery",
  "Hallway light bulb burned out",
  "The dishwasher is noisy",
  "Paint peeling on the bathroom ceiling",
  "Toilet runs after flushing",
  "Closet door is off its track",
  "Kitchen drain is slow",
  "Gas stove burner clicks but I can still use the others",
  "Heat is a bit low in the bedroom at night",
  "AC blows warm air sometimes",
  "Front door lock is stiff",
  "Window screen is torn",
  "No hot water in the bathroom sink only",
  "El grifo de la cocina gotea",
  "El termostato marca un poco alto",
  "La alarma de humo pita por la batería",
  "Se fundió la bombilla del pasillo",
  "La puerta del armario está floja",
  "El lavavajillas hace ruido",
  "Hay una mancha en la pared",
  "El inodoro se tapa a veces",
  "Mice droppings under the sink",
  "The outlet in the hallway is not working",
  "My gas bill seems high this month",
];

describe("detectEmergency", () => {
  it("has a table of at least 40 phrases, about half everyday ones", () => {
    expect(emergencies.length + everyday.length).toBeGreaterThanOrEqual(40);
    expect(everyday.length).toBeGreaterThanOrEqual(20);
  });

  it.each(emergencies)("fires on %j as %s", (text, kind) => {
    const r = detectEmergency(text);
    expect(r.emergency).toBe(true);
    expect(r.kinds).toContain(kind);
  });

  it.each(everyday)("stays quiet on %j", (text) => {
    expect(detectEmergency(text)).toEqual({ emergency: false, kinds: [] });
  });
});

describe("effectivePriority", () => {
  it.each([
    ["LOW", "Water is pouring through the ceiling", "EMERGENCY"],
    ["ROUTINE", "The kitchen faucet is dripping", "ROUTINE"],
    ["EMERGENCY", "The kitchen faucet is dripping", "EMERGENCY"], // never lowered
    ["URGENT", "I smell gas", "EMERGENCY"],
  ] as const)("%s + %j = %s", (severity, text, expected) => {
    expect(effectivePriority(severity, text)).toBe(expected);
  });
});
