// What every report number means, in words shown beside the number and repeated in README.md
// ("Reports: definitions", written from this file by scripts/report-definitions.ts). The words are
// message keys (lib/i18n/messages/report-defs-*.ts): the page reads them in the reader's language,
// the README in English. A word in braces is the organisation's setting: the page fills in its
// value, the README the default and where it is set. All durations are calendar time (UTC instants,
// so DST changes add or take no hour); only the SLA due times are in business time where the
// priority says so.
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { translator, type T } from "@/lib/i18n/translate";

export type TimeKind = "calendar" | "business" | "none";

/** Each metric and whether its clock runs on calendar or business time (or is not a duration). */
export const DEFINITIONS = {
  "speed.firstResponse": "calendar",
  "speed.schedule": "calendar",
  "speed.complete": "calendar",
  "speed.close": "calendar",
  "speed.speedOfRepair": "calendar",
  "speed.trend": "calendar",
  "sla.response": "business",
  "sla.resolution": "business",
  "sla.breaches": "calendar",
  "volume.throughput": "none",
  "volume.backlog": "calendar",
  "volume.stages": "calendar",
  "volume.holds": "calendar",
  "repeats.sameUnit": "none",
  "repeats.spikes": "none",
  "repeats.callbacks": "calendar",
  "vendors.table": "calendar",
  "tenants.rating": "none",
  "tenants.selfHelp": "none",
  "costs.spend": "none",
  "costs.approvals": "calendar",
  "costs.estimateVsActual": "none",
} as const satisfies Record<string, TimeKind>;

export type MetricId = keyof typeof DEFINITIONS;

/** A definition in words: what is counted, what starts and stops the clock, which time it runs on. */
export type MetricDefinition = { title: string; counts: string; clock: string; time: string };

/** The settings a definition may name, filled in for the reader. */
export type DefinitionVars = { callbackWindow?: string };

/** A metric's definition read through `t`, with the organisation's settings in it. */
export function definitionOf(id: MetricId, t: T, vars: DefinitionVars = {}): MetricDefinition {
  const key = (part: string) => `def.${id}.${part}` as MessageKey;
  const slots = { created: "def.created", ...vars };
  return {
    title: t(key("title")),
    counts: t(key("counts"), slots),
    clock: t(key("clock"), slots),
    time: t(`def.time.${DEFINITIONS[id]}`),
  };
}

/** What the README says for each setting: its default, and where an organisation changes it. */
const README_VARS: Required<DefinitionVars> = {
  callbackWindow: "30 days unless changed in Settings → Timings and thresholds",
};

/** The README section, made from the same words, in English. */
export function definitionsMarkdown(): string {
  const t = translator("en", en);
  const rows = (Object.keys(DEFINITIONS) as MetricId[]).map((id) => {
    const d = definitionOf(id, t, README_VARS);
    return `- **${d.title}** (\`${id}\`, ${d.time} time). ${d.counts} ${d.clock}`;
  });
  return ["## Reports: definitions", "", ...rows, ""].join("\n");
}
