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

// Issue 18: held-out everyday phrasings of four kinds were missed. These are our own, told by word
// forms and by concepts that occur together (water + spreading, alarm + keeps sounding or dead,
// the way-in door + can't lock), with typos and Spanish verb forms.
const waterSpreading: string[] = [
  "Water is spreading across the kitchen floor from under the dishwasher",
  "There's water all over the bathroom floor and it keeps coming",
  "The laundry room floor is covered in water",
  "Water from the washing machine is spreading into the hallway",
  "There's about 2 inches of water on the basement floor",
  "The carpet is soaked and the water is still spreading",
  "water leaking from the water heater and running across the floor",
  "Watter all over the floor in the kitchen, cant stop it",
  "Water is coming out under the bathroom door into the hall",
  "Standing water in the kitchen and the puddle keeps getting bigger",
  "The basement has standing water",
  "the bathroom floor is completly covered with water!!",
  "Water heater is leaking all over the floor",
  "I mopped but water keeps spreading across the floor",
  "It's not a small leak, water everywhere",
  "Plumber fixed the pipe but water is still spreading across the floor",
  "The leak was fixed last week, now water is coming through the ceiling again",
  "Hay agua por todo el piso de la cocina",
  "El agua se está extendiendo por el pasillo",
  "Sale agua por debajo de la puerta del baño",
  "La alfombra está empapada y sigue saliendo agua",
  "Hay como 3 cm de agua en el suelo del baño",
  "El calentador está botando agua y se está regando por toda la sala",
  "Hay mucha agua en el suelo y sigue saliendo",
  "Tengo una gotera en el techo de la sala",
  "Water is leaking out of the washer and spreading across the laundry room floor",
  "There is water all over my kitchen floor coming from under the sink",
  "The hallway carpet is soaked, water keeps coming from the bathroom",
  "Water everywhere on the floor",
  "My floor is covered with water from the AC unit",
  "Puddle is spreading across the living room",
  "Water spreading under the fridge to the dining room",
  "The water is creeping across the floor toward the outlets",
  "the floor is flooded",
  "water on the floor keeps spreading",
  "Large pool of water growing on kitchen floor",
  "there's water running all through the apartment",
  "El agua se está esparciendo por toda la habitación",
  "el agua ya cubre todo el piso",
];

const spanishFloodingVerbs: string[] = [
  "Se está inundando la cocina",
  "Se inundó el baño esta mañana",
  "El sótano se inunda y el agua sigue subiendo",
  "Se nos está inundando el departamento, ayuda",
  "la lavadora inundo todo el cuarto",
  "Se esta inudando el baño",
  "Mi cuarto se está anegando",
  "Se inundaron los dos baños",
  "Se ha inundado la cocina",
  "está inundándose el baño",
  "¡Se inunda el baño!",
  "El departamento se está inundando",
  "se está inundando mi casa por la lluvia",
  "se inunda el garage",
];

const alarmSoundingOrFailed: string[] = [
  "The smoke alarm keeps beeping and won't stop",
  "CO detector is beeping in the hallway",
  "Fire alarm has been going off for an hour",
  "Smoke detector is dead, nothing happens when I press test",
  "The carbon monoxide alarm stopped working",
  "I replaced the battery but the smoke detector still doesn't work",
  "Changed the battery and the CO alarm keeps going off",
  "There's no smoke detector in the bedroom, it was removed",
  "Our smoke alarm didn't go off when the toaster caught fire",
  "smoke alrm going off all night",
  "smoke dector is beeping constantly even after new battery",
  "It's not the battery, the smoke alarm keeps beeping",
  "This is not a test, the fire alarm keeps going off",
  "We think there is carbon monoxide in the apartment, everyone has headaches",
  "La alarma de humo no deja de sonar",
  "El detector de monóxido está pitando sin parar",
  "El detector de humo no funciona",
  "Cambié la pila y la alarma de humo sigue sonando",
  "La alarma de incendios suena a cada rato",
  "El detector de humo se cayó del techo",
  "La alarma de monóxido de carbono se activó",
  "No hay detector de humo en el departamento",
  "Smoke detector going off constantly",
  "carbon monoxide alarm beeping",
  "The CO detector has a red light and keeps beeping",
  "smoke alarm not working",
  "my smoke detector stopped working",
  "Smoke alarm won't stop going off",
  "fire alarm keeps ringing",
  "smoke detector is going crazy",
  "the smoke detector keeps screaming",
  "Detector de humo sonando toda la noche",
  "el detector de monóxido de carbono está sonando",
  "la alarma de humo está fallando",
  "El detector de humo no sirve",
  "CO alarm went off and won't reset",
];

const doorWontLock: string[] = [
  "Front door won't lock",
  "The deadbolt on our front door is broken",
  "Can't lock the apartment door, the key just spins",
  "Entry door lock broke, door won't stay locked",
  "The back door to the yard doesn't latch or lock anymore",
  "Sliding patio door won't lock",
  "My door won't lock",
  "The lock on the main entrance is busted",
  "Front door no longer locks after the storm",
  "front dor wont lock",
  "The building's entrance door doesn't close, anyone can walk in",
  "The locksmith came but the front door still won't lock",
  "La puerta de entrada no se puede cerrar con llave",
  "La cerradura de la puerta principal está rota",
  "No puedo trancar la puerta del apartamento",
  "La puerta de la calle no cierra",
  "A la puerta principal no le entra la llave, no se puede asegurar",
  "Ya no puedo cerrar con llave la puerta principal",
  "La chapa de la puerta de entrada no sirve",
  "Our front door lock is broken and we can't lock it",
  "the front door won't latch",
  "Exterior door doesn't lock properly",
  "Entrance door's lock won't engage",
  "deadbolt on front door won't turn",
  "back door cannot be locked",
  "apartment door can't be locked from outside",
  "no puedo cerrar la puerta de entrada con llave",
  "La cerradura de la puerta de entrada no funciona",
  "front door lock is jammed and won't lock",
];

// Near misses: the same words in everyday requests. Where the line is drawn: emergency.ts.
const nearMisses: string[] = [
  "The alarm clock keeps going off",
  "Car alarm outside keeps going off at night",
  "The alarm keeps going off in the hallway", // which alarm? unnamed alarms stay quiet
  "Fire alarm test scheduled for Tuesday",
  "The fire alarm went off during the drill",
  "Smoke detector chirped, I replaced the battery and it's fine now",
  "The smoke detector is beeping every minute, I think the battery is low",
  "Smoke alarm keeps chirping even with a new battery", // an end-of-life chirp: routine replacement
  "Smoke detector battery is dead",
  "Smoke alarm goes off whenever I cook",
  "The fire alarm went off because of burnt toast",
  "Smoke alarm is beeping",
  "Please install a carbon monoxide detector in the hallway",
  "Smoke detector was replaced last week, all good",
  "The bathroom door won't lock",
  "The bathroom door lock is broken",
  "Screen door won't lock",
  "Closet door won't latch",
  "Bedroom door sticks and is hard to close",
  "The shower door won't close all the way",
  "The fridge door won't close all the way",
  "The window latch in the bedroom won't lock",
  "Mailbox lock is broken",
  "Front door is hard to lock, I have to jiggle the key",
  "We'd like a new lock on the front door for extra security",
  "Front door lock was broken, the locksmith replaced it yesterday",
  "My front door won't shut properly, there's a draft",
  "Water bottle spilled on the floor, cleaned it",
  "I spilled a bucket of water all over the floor while mopping",
  "My dog knocked over his water bowl and it went all over the floor",
  "Small puddle under the bathroom sink",
  "Dishwasher leaves standing water at the bottom after a cycle.", // the demo seed's routine jobs
  "Front door lock is stiff and the key sometimes will not turn.",
  "The front door sometimes doesn't lock on the first try",
  "La cerradura de la puerta principal está dura, a veces no gira la llave",
  "Standing water in the tub, the drain is slow",
  "Water heater leaks from the bottom valve, puddle growing.", // a leak at one fixture; an e2e's routine job
  "Dishwasher leaves a little water on the floor after each cycle",
  "Fridge is leaking water onto the floor", // a leak at one appliance, not spreading
  "The floor is wet after my shower because the curtain is too short",
  "Water pressure is low on the second floor",
  "The water heater is covered in dust",
  "Water spots all over the glasses from the dishwasher",
  "Mold spreading on the bathroom wall, there's a leak somewhere",
  "The flood light over the back door is out",
  "The bathroom flooded last year and the floor is still a bit warped",
  "The kitchen is not flooding, just a slow drip under the sink",
  "The leak under the sink stopped after I tightened the nut",
  "There's a water stain on the ceiling from last year's leak",
  "The faucet won't stop dripping",
  "Toilet won't stop running",
  "El despertador no deja de sonar",
  "La alarma del carro del vecino suena toda la noche",
  "Hay una prueba de la alarma de incendios el martes",
  "Cambié la pila del detector de humo y ya no pita",
  "La alarma de humo suena cuando cocino",
  "La puerta del baño no cierra con llave",
  "La puerta del closet no cierra",
  "La puerta principal no cierra bien, entra aire",
  "La cerradura del buzón está rota",
  "Se me cayó un vaso de agua en el piso, ya lo limpié",
  "Hay un charquito debajo del fregadero",
  "El baño se inundó el año pasado, ahora hay una mancha en la pared",
  "Ya no se está inundando, el plomero lo arregló",
  "Hay humedad en la pared del baño",
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

describe("detectEmergency by word forms (issue 18)", () => {
  it("has at least 8 phrasings of each held-out kind and 20 near misses", () => {
    for (const table of [waterSpreading, spanishFloodingVerbs, alarmSoundingOrFailed, doorWontLock])
      expect(table.length).toBeGreaterThanOrEqual(8);
    expect(nearMisses.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ...waterSpreading.map((text) => [text, "WATER"] as const),
    ...spanishFloodingVerbs.map((text) => [text, "WATER"] as const),
    ...alarmSoundingOrFailed.map((text) => [text, "SMOKE_CO"] as const),
    ...doorWontLock.map((text) => [text, "ENTRY"] as const),
  ])("fires on %j as %s", (text, kind) => {
    const r = detectEmergency(text);
    expect(r.emergency).toBe(true);
    expect(r.kinds).toContain(kind);
  });

  it.each(nearMisses)("stays quiet on %j", (text) => {
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
