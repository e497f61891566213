// The priority a new request starts with (DESIGN.md §4, issue 18): the highest of the tenant's
// severity, the category's default (an admin's "gas is always urgent"), and Emergency when the words
// describe one. Never lower than what the tenant chose; staff can change it afterwards, with a reason.
import type { Priority } from "@/lib/db/generated/enums";

/** Most urgent first, as the enum is declared. */
export const PRIORITY_ORDER: readonly Priority[] = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"];

export const higherPriority = (a: Priority, b: Priority): Priority =>
  PRIORITY_ORDER.indexOf(a) <= PRIORITY_ORDER.indexOf(b) ? a : b;

/** `emergency`: whether the words describe one (detectEmergency, run once by the caller). */
export function intakePriority({
  severity,
  emergency,
  categoryDefault,
}: {
  severity: Priority;
  emergency: boolean;
  categoryDefault: Priority | null;
}): Priority {
  const fromWords = emergency ? "EMERGENCY" : severity;
  return categoryDefault ? higherPriority(fromWords, categoryDefault) : fromWords;
}
