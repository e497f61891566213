// What a browser downloads: every module a client component imports (not type-only), followed
// through the repository's own files. zod validates on the server only (issue 19: 38 KB it would
// add to the QR form), and a page's form carries only the server actions the page hands it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveImport, root } from "../support/source-imports";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** The modules a file loads at run time: `import … from "x"` and `export … from "x"`, not `import type`. */
export function runtimeImports(src: string): string[] {
  return [...src.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)";/gms)]
    .filter((m) => !m[1] && !/^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(m[2].trim()))
    .map((m) => m[3]);
}

const isServerActions = (src: string) => /^"use server";/m.test(src);

/** Everything a client entry pulls into the browser: packages by name, our files by path. */
function bundle(entry: string) {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const actions = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, "utf8");
    // A "use server" module reaches the browser as references to its actions, not its code.
    if (file !== entry && isServerActions(src)) return void actions.add(path.relative(root, file));
    for (const spec of runtimeImports(src)) {
      const target = resolveImport(file, spec);
      if (target) walk(target);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) packages.add(spec);
    }
  };
  walk(entry);
  return { packages, actions, files: seen };
}

const clientEntries = [...files(path.join(root, "components")), ...files(path.join(root, "app"))].filter((f) =>
  /^"use client";/m.test(readFileSync(f, "utf8")),
);

describe("client bundles", () => {
  it("reads imports the way a bundler does (the scan is not empty)", () => {
    expect(clientEntries.length).toBeGreaterThan(20);
    expect(
      runtimeImports(
        'import type { A } from "a";\nimport { type B } from "b";\nimport { c, type D } from "c";\nexport { e } from "e";',
      ),
    ).toEqual(["c", "e"]);
    const form = bundle(path.join(root, "components/work-orders/request-form.tsx"));
    expect(form.files.size).toBeGreaterThan(5);
    expect(form.packages.has("react")).toBe(true);
  });

  it("no client component pulls zod into the browser", () => {
    const offenders = clientEntries.flatMap((entry) => {
      const { packages, files: reached } = bundle(entry);
      if (!packages.has("zod")) return [];
      const via = [...reached].filter((f) => runtimeImports(readFileSync(f, "utf8")).includes("zod"));
      return [`${path.relative(root, entry)} via ${via.map((f) => path.relative(root, f)).join(", ")}`];
    });
    expect(offenders).toEqual([]);
  });

  it("the request form carries no server action: each page hands it its own", () => {
    const { actions } = bundle(path.join(root, "components/work-orders/request-form.tsx"));
    expect([...actions]).toEqual([]);
  });
});
