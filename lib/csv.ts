// CSV that opens cleanly in Excel: a UTF-8 byte-order mark, CRLF line ends, ISO 8601 UTC instants,
// and every field quoted when it needs it. A field starting with = + - @ (or a tab/CR) is prefixed
// with ' so a spreadsheet never runs text typed by a tenant as a formula; a plain negative number
// ("-12.50") stays a number.
export const BOM = "\uFEFF";

export type CsvValue = string | number | boolean | Date | null | undefined;

// A negative amount ("-12.50") is a number to a spreadsheet, not a formula: guarded, it would become
// text that a SUM skips.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  let s = v instanceof Date ? v.toISOString() : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: CsvValue[]) => fields.map(csvField).join(",") + "\r\n";
