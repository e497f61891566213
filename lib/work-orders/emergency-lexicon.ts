// Word forms → concepts for the emergency detector (emergency.ts), one compact table per language.
// Text is normalised first (lower case, accents and apostrophes dropped: "won't" → "wont",
// "inundó" → "inundo"), then cut into clauses; each entry is a regex over whole words of a clause,
// mostly stems ("inund…" covers inunda, inundando, inundó, inundado, inundación) plus a few short
// phrases. The rules that combine concepts live in emergency.ts. No dependencies: this ships to
// the browser with the request form.

export type Concept =
  // water
  | "FLOOD" // the flood word itself, in any form
  | "WET" // a water thing: water, leak, puddle, soaked carpet
  | "SPREAD" // spreading, all over, across, covering, inches deep, under the door
  | "GUSH" // pouring, gushing, spraying
  | "SURFACE" // ceiling, wall, light fixture: water coming through one is never routine
  | "FLOW" // coming, leaking, dripping, running (through a surface)
  | "CEILING_DOWN" // the ceiling collapsing or caving in
  | "PIPE"
  | "BURST"
  | "SPILL" // a spilled glass or bucket: a one-off, not a leak
  | "MINOR" // a little, a few drops, damp
  // smoke and CO alarms
  | "ALARM" // alarm, detector, sensor (which one needs a qualifier)
  | "SMOKE" // smoke, fire, CO, carbon monoxide: the qualifier of an alarm
  | "CO" // CO alone: its alarm beeping is the alarm, not a battery warning
  | "CO_GAS" // carbon monoxide itself, not its detector
  | "SOUND" // going off, sounding, blaring
  | "BEEP"
  | "BATTERY" // battery, chirp: the low-battery warning
  | "FAILED" // dead, not working, missing, didn't go off
  | "NUISANCE" // cooking, shower steam, every time I…
  | "TEST" // drill, test, inspection
  // doors and locks
  | "DOOR"
  | "OUTSIDE" // front, entry, main, back, patio, building
  | "INSIDE" // bathroom, bedroom, closet, cabinet, fridge, window, screen: not the way in
  | "LOCK" // the lock itself: lock, deadbolt, latch, key
  | "BROKEN" // broken, snapped, missing, spins
  | "STIFF" // a stiff or sticking lock still locks
  | "SOMETIMES" // now and then: not a door that cannot be locked tonight
  | "NO_LOCK" // can't be locked
  | "NO_CLOSE" // can't be closed (counts for a door only)
  | "WINDOW"
  | "BREAK_IN"
  // time and state
  | "RESOLVED" // fixed, stopped, replaced, cleaned up, last year
  | "STILL" // still, again, even after: resolution words don't settle it
  | "KEEPS"; // keeps, won't stop, all night, sin parar

type Table = Partial<Record<Concept, string[]>>;

// "won't", "can't", "unable to", "no longer"… before a verb.
const CANT =
  "(?:wont|doesnt|dont|didnt|cant|cannot|can not|will not|does not|do not|isnt|not|unable to|impossible to|no way to|no longer|never)";

const EN: Table = {
  FLOOD: ["flo+d+(?:e?d|s|ing|in)?(?! (?:lights?|lamps?|insurance|zones?|plains?|warnings?|watch))", "underwater"],
  WET: [
    "wa?t+e?r(?! (?:heater|bill|pressure|softener|filter|bottle|meter|stains?|damage|spots?|marks?|rings?|bowl|glass))",
    "wet|le+a?k\\w*|drip\\w*|seep\\w*|puddles?|soak\\w*|drench\\w*|sopping",
  ],
  SPREAD: [
    "spread\\w*|across (?:the |my |our )?(?:[a-z]+ )?(?:floors?|room|carpet|tiles)",
    "all (?:over|across|around|through)|everywhere|cover(?:ed|ing|s)?|soak(?:ed|ing)|drench(?:ed|ing)",
    "sopping|pool(?:ed|ing)|pools? of|creep\\w*|rising|standing(?! water (?:in|at) (?:the )?(?:bottom|tub|bathtub|sink|shower|dishwasher|washer|drain|pan|tray))|deep|ankle|inch(?:es)?|\\d+ ?(?:in|cm)",
    "reach(?:ed|es|ing)|(?:getting|growing) deeper",
    "fill(?:ing|ed) (?:up )?with|(?:a lot|lots|tons|so much) of water",
    "(?:under|beneath) the(?: [a-z]+)? doors?",
    "into the (?:hall\\w*|corridor|bedroom|living|next|other|kitchen)",
    "(?:whole|entire) (?:floor|room|kitchen|bathroom|basement|apartment|unit|flat|house)",
  ],
  GUSH: ["pour(?:s|ing)|gush\\w*|spray(?:s|ing)|spew(?:s|ing)|stream(?:s|ing)|shoot(?:s|ing)|rushing"],
  SURFACE: ["c(?:ei|ie|e|i)l+i?ng|walls?|light fixtures?|fixture|light|lamp"],
  FLOW: [
    "com(?:e|es|ing)|pour\\w*|le+a?k(?:s|ing)|le+a?ks? (?:in|from|through)|drip(?:s|ping)",
    "run(?:s|ning)|seep\\w*|trickl\\w*|through",
  ],
  CEILING_DOWN: ["c(?:ei|ie|e|i)l+i?ng (?:is )?(?:collaps\\w*|caving in|caved in|falling (?:down|in))"],
  PIPE: ["pipes?|pipe ?line|supply line|water (?:line|main)|hoses?"],
  BURST: ["burst\\w*|bust(?:ed)?|broke(?:n)?|split|ruptur\\w*|blew|blown|exploded"],
  SPILL: ["spill\\w*|spilt|knocked over|bottle|(?:glass|cup|bowl|bucket|mug) of|buckets?|vase"],
  MINOR: [
    "small (?:amount|puddle|leak|drip|spot|stain|patch)|tiny|slight\\w*|minor|few drops|a little",
    "stains?|spots?|marks?|rings?|mou?ld|mildew",
  ],
  ALARM: ["al(?:ar|ra|r)[mn]s?|det?ec?t[oe]rs?|dector|sensors?"],
  SMOKE: ["smoke|smoking|fire|co2?|carbon|monoxide"],
  CO: ["co2?|carbon|monoxide"],
  CO_GAS: ["carbon monoxide"],
  SOUND: [
    "go(?:es|ing)? off|going (?:crazy|nuts|haywire)|went off|gone off|sound(?:ing|ed)|blar\\w*|ring(?:s|ing)|scream\\w*",
    "shriek\\w*|wail\\w*|triggered",
  ],
  BEEP: ["beep\\w*|buzz\\w*"],
  BATTERY: ["chirp\\w*|batter(?:y|ies)|low bat\\w*"],
  FAILED: [
    "dead|died|broken|broke|busted|fail(?:ed|ing|s)?|faulty|defective|missing|removed|taken down",
    "fell (?:off|down)",
    "(?:not|isnt|wasnt|doesnt|dont|didnt|wont|never|no longer) (?:work\\w*|turn on|light up|go off|sound|beep|respond|power on|come on)",
    "(?:stopped|quit) working|no (?:power|light)|out of order",
    "no (?:smoke |co2? |fire |carbon monoxide )?(?:alarm|detector)s?|there (?:is|are) no|theres no",
  ],
  NUISANCE: ["cook\\w*|shower\\w*|steam\\w*|toast\\w*|fry\\w*|every time|whenever|each time"],
  TEST: ["test(?:s|ing|ed)?|drill|inspect\\w*|scheduled|maintenance"],
  DOOR: ["do+r+s?|doorway|gates?"],
  OUTSIDE: [
    "front|entry|entrance|main|exterior|outside|outer|outdoor|back|rear|patio|balcony|deck|porch",
    "sliding|garage|building|lobby|street|yard|garden|apartment|apt|unit|flat|condo|house",
  ],
  INSIDE: [
    "bath(?:room)?s?|bed ?rooms?|closets?|cabinets?|cupboards?|pantry|kitchen|laundry|shower|toilet",
    "restroom|oven|fridge|refrigerator|freezer|dishwasher|washer|dryer|microwave|mail ?box(?:es)?",
    "lockers?|storage|medicine|wardrobe|office|nursery|room|screen|storm|cars?|bike|drawers?",
    "windows?",
  ],
  LOCK: ["lo?c?ks?|deadbolts?|dead bolt|latch(?:es)?|strike plate|key ?hole|keys?"],
  BROKEN: [
    "broken|broke|busted|snapped|damaged|missing|smashed|shattered",
    "(?:fell|falls|came|comes) (?:off|out|apart)|(?:not|isnt|doesnt|dont|wont|no longer) work\\w*",
    "stopped working|spins|spinning",
    "(?:wont|doesnt|cant|will not|does not) (?:turn|catch|engage|hold)",
  ],
  STIFF: ["stiff|sticky|sticks|sticking|tight|hard to|jiggl\\w*"],
  SOMETIMES: ["sometimes|occasionally|now and then|once in a while"],
  NO_LOCK: [`${CANT} (?:be )?(?:lock|latch|bolt|secure)\\w*`, "(?:wont|doesnt|cant) stay (?:locked|latched)"],
  NO_CLOSE: [
    `${CANT} (?:be )?(?:close[sd]?|closing|shut|shuts|shutting)(?! (?:properly|right|well|smoothly|easily|quietly))`,
    "(?:wont|doesnt|cant) stay (?:closed|shut)",
  ],
  WINDOW: [
    "windows?(?! (?:blinds?|screens?|shades?|cranks?|handles?|locks?|latch\\w*|sills?|frames?|seals?|trim|film))",
  ],
  BREAK_IN: [
    "break ?ins?|broken into|broke in(?:to)?|kicked (?:in|open)",
    "forced (?:it|open|in|entry|the (?:door|lock|window))|pried (?:it |the door )?open|burglar\\w*",
  ],
  RESOLVED: [
    "stopped(?! working)|fixed|repaired|resolved|replaced|cleaned(?: it)?(?: up)?",
    "(?:mopped|wiped|dried) (?:it )?(?:up|out)|(?:fine|ok|okay) now|went away",
    "last (?:week|month|year|winter|summer|time)|(?:weeks|months|years) ago|a while ago|in the past",
    "used to",
  ],
  STILL: [
    "still (?:(?:is|are|keeps?) )?(?:[a-z]+ing|wont|doesnt|dont|isnt|cant|not|beeps|leaks|drips|comes|goes|sounds|works)",
    "even (?:after|with|though)|again",
  ],
  KEEPS: [
    "keeps?|keeping|constant\\w*|nonstop|non stop|continu\\w*",
    "(?:wont|doesnt|didnt|hasnt|cant|never) (?:stop\\w*|shut (?:it )?off|turn (?:it )?off|quiet down)",
    "cant (?:silence|reset|get it to stop)|all (?:night|day|morning|evening|afternoon)",
    "for (?:hours|an hour|\\d+ (?:hours|minutes))|over and over|again and again|repeatedly",
  ],
};

const ES: Table = {
  FLOOD: ["in+u?n*d(?:a|o)\\w*|anega\\w*|aneg(?:o|ado|ada)"],
  WET: ["aguas?|fugas?|gote\\w*|filtr\\w*|charcos?|empap\\w*|encharc\\w*|mojad[oa]s?"],
  SPREAD: [
    "extend\\w*|expand\\w*|esparc\\w*|desparram\\w*|regand\\w*|por todo\\w*|por todas partes",
    "en todas partes|por (?:el|la) (?:piso|suelo|casa|cocina|sala)|cubiert[oa]s?|cubre|cubriendo",
    "empap\\w*|encharc\\w*|sub(?:e|iendo)|llen\\w* de",
    "(?:hasta|llega\\w*|llego) (?:a|al|el|la|los)|(?:por )?debajo de la puerta",
    "\\d+ ?(?:cm|centimetros?|pulgadas?|dedos)|centimetros|pulgadas|tobillos?",
    "(?:mucha|muchisima|tanta) agua",
  ],
  GUSH: ["chorr\\w*|brot\\w*"],
  SURFACE: ["techos?|cielo ?raso|plafon|paredes?|muros?|lampara|foco"],
  FLOW: ["goteras?|sal(?:e|en|iendo)|entr(?:a|an|ando)|ca(?:e|en|yendo)|gote\\w*|chorre\\w*|filtr\\w*", "escurr\\w*"],
  CEILING_DOWN: [
    "(?:se )?(?:esta )?(?:cayendo|cae|derrumb\\w*|hundiendo) el techo",
    "el techo se (?:esta )?(?:cayendo|cae|derrumb\\w*|hundiendo)",
  ],
  PIPE: ["tu[bv]erias?|tu[bv]os?|canos?|canerias?|mangueras?"],
  BURST: ["revent\\w*|rot[oa]s?|romp\\w*|quebr\\w*|estall\\w*|explot\\w*|partid[oa]"],
  SPILL: ["derram\\w*|se (?:me |le |nos )?(?:cayo|cayeron|volco)|vasos?|botellas?|baldes?|cubetas?", "jarras?"],
  MINOR: [
    "un poco|poquit\\w*|pequen[oa]s?|chiquit\\w*|unas (?:gotas|gotitas)|algo de agua|humed\\w*",
    "manchas?|moho|hongos?",
  ],
  ALARM: ["alarmas?|detector(?:es)?|sensor(?:es)?"],
  SMOKE: ["humo|incendios?|fuego|monoxido"],
  CO: ["monoxido"],
  CO_GAS: ["monoxido de carbono"],
  SOUND: [
    "son(?:ando|ar|o|aba|ado|ara)|suenan?(?! (?:raro|extrano))|activ(?:o|a|ado|ada)",
    "dispar(?:o|a|ado|ada|ando)|aull\\w*",
  ],
  BEEP: ["pit(?:a|an|ando|ido|idos|ar)|bip\\w*|zumb\\w*"],
  BATTERY: ["bateria\\w*|pilas?|chirri\\w*"],
  FAILED: [
    "muert[oa]",
    "no (?:funciona|sirve|prende|enciende|suena|anda|responde|tiene luz|se enciende|se prende)",
    "dejo de (?:funcionar|servir|andar)|sin funcionar|rot[oa]s?|danad[oa]s?|descompuest[oa]s?",
    "averiad[oa]s?|fall(?:a|ando|o|ado)|defectuos[oa]|se (?:cayo|desprendio)|lo quitaron|no hay",
  ],
  NUISANCE: ["cocin\\w*|ducha\\w*|vapor|tostad\\w*|fri(?:endo|er)|cada vez que|siempre que"],
  TEST: ["prueba\\w*|simulacro|revision|inspeccion|mantenimiento|programad[oa]"],
  DOOR: ["puertas?|portal|porton"],
  OUTSIDE: [
    "principal|entrada|calle|edificio|portal|trasera|patio|balcon|terraza|garaje|cochera",
    "apartamento|departamento|depto|piso|casa|vivienda|corrediza|exterior|afuera|jardin",
  ],
  INSIDE: [
    "banos?|dormitorios?|recamaras?|habitacion\\w*|cuartos?|armarios?|closet|roperos?|gabinetes?",
    "alacena|despensa|cocina|lavanderia|ducha|mampara|horno|nevera|refri\\w*|heladera|congelador",
    "lavavajillas|lavadora|secadora|microondas|buzon|trastero|mosquitero|carro|coche|cajon",
    "ventanas?",
  ],
  LOCK: ["[cs]erraduras?|cerrojos?|pestillos?|chapas?|llaves?(?! de paso| del? agua)|candados?"],
  BROKEN: [
    "rot[oa]s?|romp\\w*|danad[oa]s?|descompuest[oa]s?",
    "no (?:funciona|sirve|gira|agarra|engancha|traba)|se (?:cayo|salio|zafo)",
  ],
  STIFF: ["dur[oa]|cuesta|se atora|se atasca|hay que forcejear"],
  SOMETIMES: ["a veces|de vez en cuando"],
  NO_LOCK: [
    "no (?:se )?(?:puede |pueden |puedo |podemos )?(?:cierra\\w*|cerrar\\w*|cierre) con llave",
    "no (?:se )?(?:puede |pueden |puedo |podemos )?(?:tranca\\w*|trancar|traba\\w*|asegura\\w*)",
    "no (?:le |se )?(?:tiene|echa|pasa|agarra|entra|gira)(?: la| el)? (?:llave|cerrojo|pestillo|seguro)",
    "no (?:hay manera|hay forma) de (?:cerrar|trancar)",
  ],
  NO_CLOSE: ["no (?:se )?(?:puede |pueden |puedo |podemos )?(?:cierra|cierran|cerrar|cierre)(?! bien)"],
  WINDOW: ["ventanas?(?! (?:del|de la) (?:persiana|mosquitero))|ventanal|vidrio"],
  BREAK_IN: ["forz(?:aron|ada|ado|ar)|patearon la puerta|entraron a robar|robo|robaron"],
  RESOLVED: [
    "arregl(?:o|aron|ado|ada|amos|e)|repar(?:ado|ada|aron|o|e)|reemplaz(?:o|aron|ado|ada|amos|e)",
    "limpi(?:e|amos|aron|ado)|sec(?:o|amos|ado)|(?:ya )?paro|(?:se )?detuvo",
    "dejo de (?!funcionar|servir|andar)[a-z]+|(?:ya )?esta bien",
    "(?:la semana|el mes|el ano|el invierno|el verano) pasad[oa]|hace (?:meses|anos|semanas|tiempo)",
  ],
  STILL: [
    "(?:sigue|siguen|seguia) (?:[a-z]+(?:ando|iendo)|sin)",
    "(?:todavia|aun) (?:no |se )?(?!(?:esta|estan|es|son|tiene|hay)\\b)[a-z]+|otra vez|de nuevo",
    "nuevamente|incluso (?:despues|con)",
  ],
  KEEPS: [
    "sin parar|no (?:para|paro|ha parado|deja de|dejo de|se apaga|se calla)",
    "no (?:puedo|podemos) (?:apagar\\w*|parar\\w*|callar\\w*)|constantemente",
    "toda la (?:noche|manana|tarde)|todo el dia|por horas|una y otra vez|a cada rato",
  ],
};

const COMPILED = (Object.keys({ ...EN, ...ES }) as Concept[]).map((c) => {
  const alts = [...(EN[c] ?? []), ...(ES[c] ?? [])];
  return [c, new RegExp(`\\b(?:${alts.join("|")})\\b`, "g")] as const;
});

// A word right after one of these (skipping a few small words) is denied: "isn't flooding",
// "no se está inundando", "is no longer leaking".
const NEGATORS = new Set(
  "no not never nt dont doesnt didnt isnt arent wasnt werent wont cant cannot couldnt wouldnt hasnt havent hadnt aint nunca ni tampoco".split(
    " ",
  ),
);
const SKIPPED = new Set(
  "is are was were be been being its it has have had do does did am im longer even really actually yet just the a an se le lo la me nos esta estan estaba ha han ya es son un una".split(
    " ",
  ),
);

// "needs to be replaced", "get it fixed", "tiene que ser reparado": wanted, not done.
const NOT_YET = new Set("be get getting ser sea sean".split(" "));

// Only what is said of a thing can be denied: "no smoke detector" still names a detector.
const THINGS = new Set("ALARM SMOKE CO DOOR OUTSIDE INSIDE LOCK WINDOW SURFACE PIPE".split(" ") as Concept[]);

function denied(concept: Concept, tokens: string[], at: number): boolean {
  if (THINGS.has(concept)) return false;
  if (concept === "RESOLVED" && [1, 2].some((back) => NOT_YET.has(tokens[at - back]))) return true;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (NEGATORS.has(tokens[i])) return true;
    if (!SKIPPED.has(tokens[i])) return false;
  }
  return false;
}

/**
 * Lower case, no accents or apostrophes, cut into sentences and each sentence at "but"/"pero":
 * the words of each clause, one space apart.
 */
export function sentences(text: string): string[][] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`´]/g, "")
    .split(/[.!?;\n\r]+/)
    .map((s) =>
      s
        .split(/\b(?:but|however|pero|sin embargo)\b/)
        .map((c) => c.replace(/[^a-z0-9]+/g, " ").trim())
        .filter(Boolean),
    )
    .filter((s) => s.length > 0);
}

/** Where each concept occurs in a clause, as word positions; denied occurrences are left out. */
export type Hits = Map<Concept, number[]>;

export function scan(clause: string): Hits {
  const tokens = clause.split(" ");
  const hits: Hits = new Map();
  for (const [concept, re] of COMPILED) {
    for (const m of clause.matchAll(re)) {
      const at = clause.slice(0, m.index).split(" ").length - 1;
      if (!denied(concept, tokens, at)) hits.set(concept, [...(hits.get(concept) ?? []), at]);
    }
  }
  return hits;
}
