/**
 * What a record says, as one string, without its generated identifiers and timestamps. A test that
 * proves a secret (a four-digit code) never reaches a record searches this, not the raw JSON: a random
 * id such as "cn17it87300ek…" can hold "7300" by chance, which made such a check fail one run in many.
 */
export function shownText(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === "id" || /Id$/.test(key)) return undefined;
    if (v instanceof Date || (typeof v === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v))) return undefined;
    return v;
  });
}
