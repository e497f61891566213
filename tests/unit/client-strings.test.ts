// Each page sends its client components only some groups of strings (lib/i18n/client-strings.ts).
// This follows a page's imports to every client component it renders, collects the groups of the
// keys they name (and the modules they use name), and checks the page sends them all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveImport, root } from "../support/source-imports";
import { en } from "@/lib/i18n/messages/en";
import { CLIENT_STRINGS, pickStrings } from "@/lib/i18n/client-strings";

const GROUPS = new Set(Object.keys(en).map((k) => k.slice(0, k.indexOf("."))));

const read = (f: string) => readFileSync(f, "utf8");
// Comments name keys as examples ("status.NEW"); only code counts.
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
const imports = (src: string) =>
  [...src.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)";/gms)]
    .filter((m) => !m[1] && !/^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(m[2].trim()))
    .map((m) => m[3]);

/** Groups of the message keys a file names: "form.title", `picker.${k}`. */
export function groupsNamed(src: string): string[] {
  const out = new Set<string>();
  for (const m of src.matchAll(/`([a-zA-Z]+)\.[\w.]*\$\{/g)) if (GROUPS.has(m[1])) out.add(m[1]);
  for (const m of src.matchAll(/["'`]([a-zA-Z]+)\.([\w.]+)["'`]/g)) if (`${m[1]}.${m[2]}` in en) out.add(m[1]);
  return [...out];
}

/**
 * Groups of keys a server file hands on untranslated (`label: "owner.approvalLimit"` for a client
 * form to translate): key literals that are not the argument of a `t(` call.
 */
export function groupsHandedOn(src: string): string[] {
  const out = new Set<string>();
  for (const m of src.matchAll(/(\bt\(\s*)?["'`]([a-zA-Z]+)\.([\w.]+)["'`]/g))
    if (!m[1] && `${m[2]}.${m[3]}` in en) out.add(m[2]);
  return [...out];
}

/** The files a file loads at run time, ours only; `into` says whether to follow a file's imports. */
function reach(entry: string, into: (file: string, src: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = read(file);
    if (!into(file, src)) return;
    for (const spec of imports(src)) {
      const target = resolveImport(file, spec);
      if (target) walk(target);
    }
  };
  walk(entry);
  return seen;
}

const isClient = (src: string) => /^"use client";/m.test(src);
const isActions = (src: string) => /^"use server";/m.test(src);

// Where an action's answer comes from: its own module, and the modules behind it that refuse (an
// AppError, a field error, a zod schema's message).
const refuses = (src: string) => /new AppError\(|fieldErrors|from "zod"|\bz\.\w+\(/.test(src);

/**
 * The groups a page's client components need: what they and their modules name, and what the
 * actions they call (or the page hands them) can answer with.
 */
function needed(page: string): Set<string> {
  const fromPage = reach(path.join(root, page), (_f, src) => !isActions(src));
  const clientFiles = new Set<string>();
  const actionFiles = new Set([...fromPage].filter((f) => isActions(read(f))));
  for (const f of fromPage)
    if (isClient(read(f)))
      for (const g of reach(f, (file, src) => file === f || !isActions(src)))
        (isActions(read(g)) ? actionFiles : clientFiles).add(g);
  const answering = [...actionFiles].flatMap((a) =>
    [...reach(a, () => true)].filter((f) => f === a || refuses(read(f))),
  );
  // A page or server component may hand keys down as props to a client component that translates
  // what it is given (`t(label)`): those keys travel too.
  const translatesProps = (f: string) => isClient(read(f)) && /\bt\((?!\s*["'`])/.test(code(read(f)));
  const handsOn = (f: string) =>
    !isClient(read(f)) &&
    !isActions(read(f)) &&
    imports(read(f)).some((spec) => {
      const target = resolveImport(f, spec);
      return !!target && translatesProps(target);
    });
  const server = [...fromPage].filter(handsOn);
  return new Set([
    ...[...clientFiles, ...answering].flatMap((f) => groupsNamed(code(read(f)))),
    ...server.flatMap((f) => groupsHandedOn(code(read(f)))),
  ]);
}

/** Every page under a folder, as paths from the root. */
function pagesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pagesUnder(`${dir}/${e.name}`) : e.name === "page.tsx" ? [`${dir}/${e.name}`] : [],
  );
}

/** The page and the layouts around it, root first. */
function chain(page: string): string[] {
  const out = [page];
  for (let dir = path.dirname(page); dir !== "."; dir = path.dirname(dir))
    if (existsSync(path.join(root, dir, "layout.tsx"))) out.unshift(`${dir}/layout.tsx`);
  return out;
}

/** The groups a page sends: the CLIENT_STRINGS sets its layouts and itself hand to ClientStrings. */
function sent(page: string): Set<string> {
  const sets = chain(page).flatMap((f) =>
    [...read(path.join(root, f)).matchAll(/CLIENT_STRINGS\.(\w+)/g)].map((m) => m[1]),
  );
  return new Set(sets.flatMap((s) => CLIENT_STRINGS[s as keyof typeof CLIENT_STRINGS] ?? [`unknown set ${s}`]));
}

const PAGES = pagesUnder("app");

describe("strings sent to client components", () => {
  it("finds the keys a component names", () => {
    expect(groupsNamed('t("form.title"); t(`picker.${k as K}`); "not.a.key"; "Hello."').sort()).toEqual([
      "form",
      "picker",
    ]);
    expect(needed("app/(public)/r/[slug]/page.tsx").has("form")).toBe(true);
    expect(groupsHandedOn('t("owner.title"); x = { label: "owner.approvalLimit" }; t(`form.${k}`)')).toEqual(["owner"]);
  });

  it("reads what a page sends from its layouts", () => {
    expect(PAGES.length).toBeGreaterThan(30);
    expect(chain("app/(public)/r/[slug]/page.tsx")).toEqual([
      "app/layout.tsx",
      "app/(public)/layout.tsx",
      "app/(public)/r/layout.tsx",
      "app/(public)/r/[slug]/page.tsx",
    ]);
    expect([...sent("app/(public)/r/[slug]/page.tsx")]).toEqual(expect.arrayContaining(["common", "form"]));
  });

  it.each(PAGES)("%s sends every group its client components use", (page) => {
    const has = sent(page);
    const wants = new Set(chain(page).flatMap((f) => [...needed(f)]));
    expect([...wants].filter((g) => !has.has(g)).sort()).toEqual([]);
  });

  it("picks only the groups asked for", () => {
    const slice = pickStrings(en, CLIENT_STRINGS.signIn);
    expect(Object.keys(slice).length).toBeGreaterThan(5);
    expect(Object.keys(slice).every((k) => k.startsWith("signIn."))).toBe(true);
  });
});
