// What the demo's history is made of: each vendor's habits, the seasons, and the words people used.

/** A vendor's habits, in hours and days drawn between the two bounds. */
export type Profile = {
  accept: [number, number]; // hours from assignment to accepting the job
  leadDays: [number, number]; // days from booking to a routine visit
  late: number; // share of visits that arrive after the window
  callback: number; // share of jobs reopened or asked for again within 30 days
  revisitHours: [number, number]; // from a reopen to the second completion
  rating: number; // the tenant's usual stars
  hours: number; // time on the job, relative to the trade's usual
  overrun: [number, number]; // actual cost against the approved estimate
  parts: number; // share of jobs that wait for parts
};

const usual: Profile = {
  accept: [0.3, 3],
  leadDays: [0.5, 2],
  late: 0.07,
  callback: 0.04,
  revisitHours: [18, 60],
  rating: 4.5,
  hours: 1,
  overrun: [0.92, 1.1],
  parts: 0.08,
};

/** The slow vendor worth spotting: cheap by the hour, but slow to answer and book, late, and called back. */
export const SLOW_VENDOR = "SolidBuild Handyman";

export const PROFILES: Record<string, Profile> = {
  default: usual,
  "ABC Plumbing": { ...usual, rating: 4.6 },
  "BrightSpark Electric": { ...usual, accept: [0.5, 4], leadDays: [0.5, 2.5], late: 0.06, callback: 0.03 },
  "Comfort Air HVAC": { ...usual, late: 0.1, callback: 0.05, rating: 4.4, hours: 1.2, parts: 0.12 },
  ApplianceDoc: { ...usual, accept: [1, 6], leadDays: [1, 3], callback: 0.05, rating: 4.2, parts: 0.25 },
  [SLOW_VENDOR]: {
    accept: [5, 30],
    leadDays: [3, 8],
    late: 0.35,
    callback: 0.22,
    revisitHours: [48, 140],
    rating: 3.0,
    hours: 1.7,
    overrun: [1.08, 1.35],
    parts: 0.15,
  },
  PestAway: { ...usual, accept: [0.5, 4], leadDays: [1, 3], callback: 0.06, rating: 4.4, hours: 0.8, parts: 0 },
};

/** Requests a year per category, before the seasons. */
export const YEARLY: Record<string, number> = {
  Plumbing: 115,
  Electrical: 65,
  HVAC: 120,
  Appliances: 75,
  Structural: 55,
  "Pest control": 40,
  General: 55,
};

/** January … December: cooling in summer and heating in winter; frozen and burst pipes; summer pests. */
export const SEASONS: Record<string, number[]> = {
  HVAC: [1.9, 1.6, 0.8, 0.4, 0.5, 1.3, 2.0, 1.9, 0.8, 0.4, 0.7, 1.6],
  Plumbing: [2.0, 1.8, 1.2, 0.9, 0.7, 0.6, 0.6, 0.6, 0.7, 0.9, 1.2, 1.8],
  "Pest control": [0.4, 0.4, 0.7, 1.1, 1.5, 1.7, 1.8, 1.6, 1.1, 0.8, 0.5, 0.4],
};

export const PRIORITY_MIX: Record<string, [number, number, number, number]> = {
  // EMERGENCY, URGENT, ROUTINE, LOW
  Plumbing: [0.1, 0.25, 0.55, 0.1],
  Electrical: [0.06, 0.2, 0.6, 0.14],
  HVAC: [0.08, 0.35, 0.5, 0.07],
  Appliances: [0, 0.3, 0.6, 0.1],
  Structural: [0.03, 0.15, 0.57, 0.25],
  "Pest control": [0, 0.15, 0.65, 0.2],
  General: [0.03, 0.07, 0.5, 0.4],
};

export const HVAC_PROBLEMS = {
  cooling: [
    "Air conditioner blows warm air, filter was changed last month.",
    "AC unit rattles loudly and the bedroom stays hot at night.",
    "Water dripping from the indoor AC unit onto the floor.",
  ],
  heating: [
    "No heat at all since yesterday evening; thermostat shows 58°F.",
    "Radiator in the bedroom stays cold; the rest of the flat is warm.",
    "Furnace starts, then shuts off after a minute.",
  ],
  other: ["Thermostat screen is blank even with new batteries.", "Vents whistle loudly when the system runs."],
};

export const REPEAT_LEAK = "Water dripping from the bathroom ceiling again, same spot under the upstairs unit.";
export const FOLLOW_UP = "Same problem as before is back, only a few weeks after the repair.";

export const COMPLETION_NOTES: Record<string, string[]> = {
  Plumbing: [
    "Cleared the drain line and tested.",
    "Replaced the flapper and fill valve.",
    "Resealed the joint; no more drip.",
  ],
  Electrical: [
    "Replaced the faulty outlet and tested the circuit.",
    "Swapped the fixture's ballast.",
    "Replaced the GFCI.",
  ],
  HVAC: [
    "Recharged refrigerant and cleaned the coils.",
    "Replaced the igniter; heat is back.",
    "Replaced the thermostat.",
  ],
  Appliances: ["Replaced the door seal and thermostat.", "Cleared the drain pump.", "Replaced the burner igniter."],
  Structural: [
    "Re-hung the door and adjusted the strike.",
    "Replaced the window balance.",
    "Refastened the floorboard.",
  ],
  "Pest control": ["Treated the kitchen and sealed the entry points.", "Set bait stations; follow-up in two weeks."],
  General: ["Replaced the detector battery and tested.", "Repainted after fixing the vent.", "Replaced the bulb."],
};

export const ESTIMATE_TEXT: Record<string, string> = {
  Appliances: "Replace the compressor relay and door gasket (parts and labour).",
  HVAC: "Replace the condenser fan motor and capacitor.",
  Structural: "Replace the window sash and balances.",
  Plumbing: "Replace the water heater's gas valve.",
};

export const CALLBACK_REASONS = [
  "It is leaking again in the same place.",
  "Worked for two days, then the same problem came back.",
  "The repair did not hold.",
];

export const RATING_COMMENTS: Record<number, string[]> = {
  1: ["Took far too long and it broke again.", "Nobody came in the window they gave."],
  2: ["Had to call them back.", "Slow, and the fix did not last."],
  3: ["Fixed in the end, but it took a while."],
  4: ["Good job, a little late.", "Fixed, thanks."],
  5: ["Quick and tidy.", "Friendly and fast, thank you!", "On time and explained everything."],
};
