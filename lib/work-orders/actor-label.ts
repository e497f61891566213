// Who did something, as a timeline shows it. Event rows store their actor's label once, in English
// ("System" for the automatic steps, "Ana Ortiz (owner)" for an owner's emailed decision); stored
// data is never rewritten, so those words are read in the reader's language here, at display time.
// Anything else is a person's name and is shown as written.
import type { T } from "@/lib/i18n/translate";

export const SYSTEM_ACTOR = "System";
const OWNER_SUFFIX = " (owner)";

export function actorName(label: string, t: T): string {
  if (label === SYSTEM_ACTOR) return t("actor.system");
  if (label.endsWith(OWNER_SUFFIX) && label.length > OWNER_SUFFIX.length)
    return t("actor.owner", { name: label.slice(0, -OWNER_SUFFIX.length) });
  return label;
}
