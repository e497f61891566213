// Following the repository's own imports as text, for tests that check what a page or a client
// component pulls in (client-bundles, client-strings).
import { existsSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");

/** The file an import names ("@/…" or relative), or null for a package. */
export function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(existsSync) ?? null;
}
