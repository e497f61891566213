// Does a tenant's description say something that is an emergency (DESIGN.md §3)? English and
// Spanish. Pure and small enough to run in the browser too, so the form can show the hotline while
// the tenant types. It raises priority, never lowers it, and stays quiet on everyday wording
// (a dripping faucet, a chirping battery, a burned-out bulb).
import type { Priority } from "@/lib/db/generated/enums";
import { scan, sentences, type Concept, type Hits } from "@/lib/work-orders/emergency-lexicon";

export type EmergencyKind = "GAS" | "WATER" | "ELECTRICAL" | "SMOKE_CO" | "NO_HEAT" | "NO_COOLING" | "ENTRY" | "SEWAGE";

const KINDS: EmergencyKind[] = ["GAS", "WATER", "ELECTRICAL", "SMOKE_CO", "NO_HEAT", "NO_COOLING", "ENTRY", "SEWAGE"];

type Rule = { kind: EmergencyKind; match: RegExp[]; unless?: RegExp[] };

// Phrase rules, matched against lower-case text with accents removed ("calefaccion"). Water,
// alarms and doors are told by word forms instead (CONCEPT_RULES below), in both languages.
const RULES: Rule[] = [
  {
    kind: "GAS",
    match: [
      /\b(smell|smells|smelling|odou?r) (of |like )?gas\b/,
      /\bgas (smell|leak|leaking|odou?r)\b/,
      /\b(olor|huele) a gas\b/,
      /\bfuga de gas\b/,
      /\bhuele a gas\b/,
    ],
  },
  {
    kind: "ELECTRICAL",
    match: [
      /\bsparks?\b/,
      /\bsparking\b/,
      /\bburning (smell|odou?r)\b/,
      /\bsmell(s|ing)? (of |like )?burning\b/,
      /\bsmoke (coming )?(from|out of) (the |an? )?(outlet|socket|panel|switch|wall|breaker)/,
      /\b(outlet|socket|panel|wire|wires|switch) (is )?(smoking|melting|melted|on fire)\b/,
      /\bexposed (live )?wires?\b/,
      /\bchispas?\b/,
      /\bolor a quemado\b/,
      /\bhuele a quemado\b/,
      /\b(enchufe|cables?) (echa humo|derretid[oa]s?|quemad[oa]s?)\b/,
    ],
  },
  {
    kind: "NO_HEAT",
    match: [
      /\bno heat\b/,
      /\bheat(ing)? (is )?(not working|doesn'?t work|stopped working|is out|out)\b/,
      /\bfurnace (is )?(dead|not working|out|broken)\b/,
      /\bboiler (is )?(dead|not working|out|broken)\b/,
      /\bfreezing (in here|inside|apartment)\b/,
      /\b(no hay|sin) calefaccion\b/,
      /\bla calefaccion no funciona\b/,
    ],
  },
  {
    kind: "NO_COOLING",
    match: [
      /\b(no (ac|a\/c|air conditioning|cooling)|ac (is )?(not working|broken|dead)|air conditioning (is )?(not working|broken))\b.*\b(heat ?wave|extreme heat|1[0-1]\d ?°?f?|9[5-9] ?°?f|dangerously hot|elderly|baby)\b/,
      /\b(sin|no hay) aire acondicionado\b.*\b(ola de calor|calor extremo)\b/,
    ],
  },
  {
    kind: "SEWAGE",
    match: [
      /\bsewage\b/,
      /\bsewer (is )?(backup|backing up|backed up|overflowing)\b/,
      /\bsewer smell\b.*\b(overflow|backing)\b/,
      /\baguas (negras|residuales)\b/,
      /\bdesague (se esta )?desbordando\b/,
    ],
  },
];

// Kinds where waiting would be wrong: the form adds hard-stop advice (text in lib/i18n/messages,
// "emergency.<KIND>"), e.g. gas: leave and call from outside.
export const HARD_STOP_KINDS: EmergencyKind[] = ["GAS", "ELECTRICAL", "SMOKE_CO", "WATER"];

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
}

// Concept rules, asked of each clause (emergency-lexicon.ts cuts and reads it). Where the line is:
// - WATER: water that is spreading, pouring, standing or inches deep, coming through a ceiling or
//   wall, a flood word in any form ("se está inundando"), or a burst pipe. Water merely on a floor,
//   a leak at one fixture (even "puddle growing"), a spill, a small puddle, or water standing in a
//   sink, tub or appliance stays routine: a tenant can mop it and a plumber comes in office hours.
// - SMOKE_CO: a smoke/fire/CO alarm going off, beeping without end (a CO alarm's beeping is its
//   alarm), or dead, missing or not working. A low-battery chirp, an alarm set off by cooking or
//   steam, and a test or drill stay quiet, unless the tenant says it goes on "still", after the fix.
//   An unnamed "alarm" (a clock, a car) stays quiet.
// - ENTRY: a break-in, a broken window, or a door that cannot be locked or closed, unless it is an
//   inside door (bathroom, bedroom, closet, cabinet, screen door) or a window latch. A door with
//   no name counts: for most tenants it is the one way in. A stiff or sticking lock, or one that
//   fails "sometimes", still locks: routine.
// A clause that says it is over ("fixed", "stopped", "last year"), or followed by a "but" that
// says so, is not raised, unless the sentence also says it goes on ("still", "keeps", "sigue").
const CONCEPT_RULES: [EmergencyKind, (h: Hits) => boolean][] = [
  ["WATER", water],
  ["SMOKE_CO", smokeOrCo],
  ["ENTRY", entry],
];

const at = (h: Hits, c: Concept) => h.get(c) ?? [];
const within = (h: Hits, c: Concept, pos: number, words: number) => at(h, c).some((i) => Math.abs(i - pos) <= words);
const near = (h: Hits, a: Concept, b: Concept, words: number) => at(h, a).some((i) => within(h, b, i, words));

function water(h: Hits): boolean {
  const spilled = h.has("SPILL") && !h.has("KEEPS") && !h.has("STILL");
  // Said of the water: near a water word, or for spreading a flowing verb ("running across the floor").
  const said = (c: Concept, words: number, flow: boolean) =>
    h.has("WET") &&
    at(h, c).some(
      (i) => (within(h, "WET", i, words) || (flow && within(h, "FLOW", i, words))) && !within(h, "MINOR", i, 4),
    );
  return (
    h.has("FLOOD") ||
    h.has("CEILING_DOWN") ||
    near(h, "PIPE", "BURST", 3) ||
    (h.has("WET") && near(h, "SURFACE", "FLOW", 5)) ||
    (!spilled && (said("SPREAD", 7, true) || said("GUSH", 2, false)))
  );
}

function smokeOrCo(h: Hits): boolean {
  const coItself = at(h, "CO_GAS").some((i) => !within(h, "ALARM", i, 3));
  if (coItself) return true;
  if (!near(h, "ALARM", "SMOKE", 3)) return false;
  const failed = at(h, "FAILED").some((i) => within(h, "ALARM", i, 6) && !within(h, "BATTERY", i, 2));
  const sounding = h.has("SOUND") || (h.has("BEEP") && (h.has("KEEPS") || h.has("STILL") || near(h, "ALARM", "CO", 3)));
  const battery = h.has("BATTERY") && !h.has("STILL") && !(h.has("SOUND") && h.has("KEEPS"));
  const harmless = (h.has("NUISANCE") || h.has("TEST")) && !h.has("STILL");
  return failed || (sounding && !battery && !harmless);
}

function entry(h: Hits): boolean {
  if (h.has("BREAK_IN") || near(h, "WINDOW", "BROKEN", 2)) return true;
  const doorNear = (pos: number) =>
    at(h, "DOOR")
      .filter((d) => Math.abs(d - pos) <= 8)
      .sort((a, b) => Math.abs(a - pos) - Math.abs(b - pos))[0];
  // The way in: named as outside, or not named as an inside door.
  const wayIn = (door: number) => within(h, "OUTSIDE", door, 3) || !within(h, "INSIDE", door, 3);
  // A lock that is stiff, or fails now and then, still locks: routine.
  const broken = h.has("STIFF") ? [] : at(h, "LOCK").filter((i) => within(h, "BROKEN", i, 6));
  const lockFails = [...at(h, "NO_LOCK"), ...broken].filter((i) => !within(h, "SOMETIMES", i, 3));
  return (
    lockFails.some((i) => {
      const door = doorNear(i);
      return door === undefined ? !within(h, "INSIDE", i, 3) : wayIn(door);
    }) ||
    at(h, "NO_CLOSE").some((i) => {
      const door = doorNear(i);
      return door !== undefined && wayIn(door);
    })
  );
}

function conceptKinds(text: string): Set<EmergencyKind> {
  const kinds = new Set<EmergencyKind>();
  for (const sentence of sentences(text)) {
    const clauses = sentence.map(scan);
    const goesOn = clauses.some((h) => h.has("STILL") || h.has("KEEPS"));
    clauses.forEach((h, i) => {
      if (!goesOn && (h.has("RESOLVED") || clauses[i + 1]?.has("RESOLVED"))) return;
      for (const [kind, rule] of CONCEPT_RULES) if (rule(h)) kinds.add(kind);
    });
  }
  return kinds;
}

export function detectEmergency(text: string): { emergency: boolean; kinds: EmergencyKind[] } {
  const t = normalise(text);
  const found = conceptKinds(text);
  for (const r of RULES) {
    if (r.match.some((m) => m.test(t)) && !(r.unless ?? []).some((u) => u.test(t))) found.add(r.kind);
  }
  const kinds = KINDS.filter((k) => found.has(k));
  return { emergency: kinds.length > 0, kinds };
}

/** The tenant's severity, raised to Emergency when the text describes one. Never lowered. */
export function effectivePriority(severity: Priority, text: string): Priority {
  return detectEmergency(text).emergency ? "EMERGENCY" : severity;
}
