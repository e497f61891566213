// CSV that opens cleanly in Excel: a UTF-8 byte-order mark, CRLF line ends, ISO 8601 UTC instants,
// and every field quoted when it needs it. A field starting with = + - @ (or a tab/CR) is prefixed
// with ' so a spreadsheet never runs text typed by a tenant as a formula.
export const BOM = "\uFEFF";

export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  let s = v instanceof Date ? v.toISOString() : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: CsvValue[]) => fields.map(csvField).join(",") + "\r\n";
