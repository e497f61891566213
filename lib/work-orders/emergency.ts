// Does a tenant's description say something that is an emergency (DESIGN.md §3)? English and
// Spanish. Pure and small enough to run in the browser too, so the form can show the hotline while
// the tenant types. It raises priority, never lowers it, and stays quiet on everyday wording
// (a dripping faucet, a chirping battery, a burned-out bulb).
import type { Priority } from "@/lib/db/generated/enums";

export type EmergencyKind = "GAS" | "WATER" | "ELECTRICAL" | "SMOKE_CO" | "NO_HEAT" | "NO_COOLING" | "ENTRY" | "SEWAGE";

type Rule = { kind: EmergencyKind; match: RegExp[]; unless?: RegExp[] };

// Matched against lower-case text with accents removed ("calefaccion", "inundacion").
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
    kind: "WATER",
    match: [
      /\bflood(ed|ing|s)?\b/,
      /\bburst (pipe|pipes|water)\b/,
      /\bpipe (burst|broke|broken)\b/,
      /\bwater (is )?(pouring|gushing|spraying|everywhere)\b/,
      /\bwater (is )?(coming|leaking|dripping|pouring) (through|from|out of) the (ceiling|light|wall)/,
      /\bactive leak\b/,
      /\bceiling (is )?(leaking|collapsing)\b/,
      /\binundad[oa]s?\b/,
      /\binundacion\b/,
      /\b(tuberia|tubo|cano) (rota|roto|reventad[oa])\b/,
      /\bsale (mucha )?agua (del|por el) techo\b/,
      /\bagua por todas partes\b/,
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
    kind: "SMOKE_CO",
    match: [
      /\b(smoke|fire|co|carbon monoxide) (alarm|detector) (is )?(going off|sounding|beeping constantly|won'?t stop)\b/,
      /\bcarbon monoxide\b/,
      /\bco (alarm|detector) (went|is going) off\b/,
      /\b(alarma|detector) de (humo|monoxido)( de carbono)? (esta )?(sonando|suena sin parar)\b/,
      /\bmonoxido de carbono\b/,
    ],
    unless: [/\bchirp/, /\blow battery\b/, /\bbateria\b/, /\bpila\b/],
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
    kind: "ENTRY",
    match: [
      /\b(front|entry|entrance|main|apartment) door (won'?t|will not|doesn'?t|does not|can'?t|cannot) (lock|close)\b/,
      /\b(front|entry|entrance) door lock (is )?broken\b/,
      /\bbroken (front door |entry )?lock\b/,
      /\b(window|door) (was |is )?(smashed|broken into|kicked in)\b/,
      /\bbroken window\b/,
      /\bwindow (is )?(broken|shattered)\b/,
      /\bbreak-?in\b/,
      /\bla puerta (principal|de entrada) no (cierra|se puede cerrar)( con llave)?\b/,
      /\bcerradura rota\b/,
      /\bventana rota\b/,
      /\bforzaron la (puerta|ventana)\b/,
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

export function detectEmergency(text: string): { emergency: boolean; kinds: EmergencyKind[] } {
  const t = normalise(text);
  const kinds = RULES.filter((r) => r.match.some((m) => m.test(t)) && !(r.unless ?? []).some((u) => u.test(t))).map(
    (r) => r.kind,
  );
  return { emergency: kinds.length > 0, kinds };
}

/** The tenant's severity, raised to Emergency when the text describes one. Never lowered. */
export function effectivePriority(severity: Priority, text: string): Priority {
  return detectEmergency(text).emergency ? "EMERGENCY" : severity;
}
