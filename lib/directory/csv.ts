// A small RFC 4180 reader: quoted fields, "" inside quotes, commas and line breaks in quotes,
// CRLF or LF, a leading BOM (Excel's UTF-8 export). Ours rather than a dependency: the import
// reads one short, known format, and 40 tested lines beat a package's options we would not use.
export class CsvError extends Error {}

export function parseCsv(input: string): string[][] {
  const s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
      continue;
    }
    if (c === ",") {
      endField();
      i++;
      continue;
    }
    if (c === "\r" && s[i + 1] === "\n") {
      endRow();
      i += 2;
      continue;
    }
    if (c === "\n" || c === "\r") {
      endRow();
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) throw new CsvError("A quoted field is not closed.");
  if (field !== "" || row.length) endRow();
  // Blank lines (often a trailing one) are not rows.
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

/** Header-keyed records, each with its line number in the file (header = line 1). */
export function csvRecords(input: string): {
  header: string[];
  records: { line: number; values: Record<string, string> }[];
} {
  const [head, ...body] = parseCsv(input);
  if (!head) throw new CsvError("The file is empty.");
  const header = head.map((h) => h.trim().toLowerCase().replace(/\s+/g, "_"));
  return {
    header,
    records: body.map((r, i) => ({ line: i + 2, values: Object.fromEntries(header.map((h, j) => [h, r[j] ?? ""])) })),
  };
}
