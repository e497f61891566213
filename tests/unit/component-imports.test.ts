// Components get plain view types from files that are not `server-only`: a type imported from a
// server-only module is an arrow from components/ to the database layer (issue 16). Client
// components may import server actions ("use server" modules) but nothing else that is server-only.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

function source(spec: string): string | null {
  const base = path.join(root, spec.replace(/^@\//, ""));
  for (const p of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(p)) return readFileSync(p, "utf8");
  return null;
}

const serverOnly = (src: string) => /^import "server-only";/m.test(src);
const serverActions = (src: string) => /^"use server";/m.test(src);

/** Every `import … from "@/lib/…"` in a file, with whether it imports types only. */
function libImports(src: string): { spec: string; typeOnly: boolean }[] {
  return [...src.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+"(@\/lib\/[^"]+)";/gms)].map((m) => ({
    spec: m[3],
    typeOnly: !!m[1] || /^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(m[2].trim()),
  }));
}

const found = files(path.join(root, "components")).flatMap((file) => {
  const src = readFileSync(file, "utf8");
  const client = /^"use client";/m.test(src);
  return libImports(src).flatMap(({ spec, typeOnly }) => {
    const target = source(spec);
    if (!target || !serverOnly(target) || serverActions(target)) return [];
    if (typeOnly) return [`${path.relative(root, file)}: type from server-only ${spec}`];
    return client ? [`${path.relative(root, file)}: client component imports server-only ${spec}`] : [];
  });
});

describe("components and server-only modules", () => {
  it("finds the imports it checks (the scan is not empty)", () => {
    expect(files(path.join(root, "components")).length).toBeGreaterThan(20);
    expect(libImports('import type { A } from "@/lib/x";\nimport { b, type C } from "@/lib/y";')).toEqual([
      { spec: "@/lib/x", typeOnly: true },
      { spec: "@/lib/y", typeOnly: false },
    ]);
  });

  it("no component takes a type from, or (client-side) imports, a server-only module", () => {
    expect(found).toEqual([]);
  });
});
