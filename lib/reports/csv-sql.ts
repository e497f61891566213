// CSV fields formatted by the database, exactly as lib/csv.ts formats them in JavaScript: the
// export of 10^5–10^6 work orders spent most of its time turning timestamps into Date objects and
// back into text, row by row, in the driver. Here each row leaves the database as one finished line.
// tests/db/report-export.test.ts checks these against csvLine on awkward values.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/** Quoted when it holds a quote, comma, CR or LF (quotes doubled), as csvField does. */
const quoted = (s: string) => `CASE WHEN ${s} ~ '[",\\r\\n]' THEN '"' || replace(${s}, '"', '""') || '"' ELSE ${s} END`;

/**
 * A text value (csvField's string case): a leading = + - @ tab or CR gets a ' first, unless it is a
 * plain (negative) number; null is empty.
 */
export const csvText = (expr: string) => {
  const guard = `${expr} ~ '^[=+@\\t\\r-]' AND ${expr} !~ '^-?[0-9]+(\\.[0-9]+)?$'`;
  const s = `(CASE WHEN ${guard} THEN '''' || ${expr} ELSE ${expr} END)`;
  return `coalesce(${quoted(s)}, '')`;
};

/** A timestamp column (UTC) as Date.toISOString() writes it; null is empty. */
export const csvInstant = (expr: string) => `coalesce(to_char(${expr}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')`;

/**
 * A number, a boolean or an enum's label: its plain text. csvField leaves non-strings alone, and a
 * label (A-Z and _) never starts with a formula character or needs quotes.
 */
export const csvPlain = (expr: string) => `coalesce((${expr})::text, '')`;

/**
 * Integer cents as dollars with two decimals, as csvField writes "-12.50": a plain number, never
 * guarded; digits, a point and a sign never need quotes.
 */
export const csvDollars = (expr: string) => `coalesce(((${expr})::numeric / 100)::numeric(20, 2)::text, '')`;

/** One CSV line (CRLF-terminated) from field expressions, none of them null. */
export const csvRow = (fields: string[]) => Prisma.raw(`(concat_ws(',', ${fields.join(", ")}) || E'\\r\\n')`);
