// Money is integer cents (CONVENTIONS.md). A manager types dollars: "240", "240.5", "$1,240.50".
import { z } from "zod";

/** Cents for a typed dollar amount; undefined when blank, null when it is not an amount. */
export function dollarsToCents(typed: string): number | undefined | null {
  const s = typed.trim().replace(/^\$/, "").replace(/,/g, "");
  if (!s) return undefined;
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
}

export function formatCents(cents: number, locale = "en"): string {
  return new Intl.NumberFormat(locale === "es" ? "es-US" : "en-US", { style: "currency", currency: "USD" }).format(
    cents / 100,
  );
}

/** A typed dollar amount as cents in a form's schema; blank is undefined unless `required`. */
export function dollarsField(message: string, { required = false } = {}) {
  return z
    .string()
    .default("")
    .transform((typed, ctx) => {
      const cents = dollarsToCents(typed);
      if (cents === null || (required && cents === undefined)) ctx.addIssue({ code: "custom", message });
      return cents ?? undefined;
    });
}
