// No loops between lib/ folders (CONVENTIONS.md: areas → notifications/uploads → kernel). Reads every
// import of "@/lib/<folder>" in lib/, builds the folder graph and fails on any cycle, naming the
// files behind each arrow of it. Type-only imports count too: a loop of types is still a loop of design.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const lib = path.join(root, "lib");
const folderOf = (rel) => (rel.includes("/") ? rel.split("/")[0] : null); // lib/x.ts files are the kernel

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === "generated") continue;
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx)$/.test(name)) yield full;
  }
}

const edges = new Map(); // folder → Map(folder → [files])
for (const file of files(lib)) {
  const from = folderOf(path.relative(lib, file));
  if (!from) continue;
  for (const [, to] of readFileSync(file, "utf8").matchAll(/from\s+"@\/lib\/([a-z0-9-]+)\//g)) {
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const m = edges.get(from);
    m.set(to, [...(m.get(to) ?? []), path.relative(root, file)]);
  }
}

// Tarjan's strongly connected components: any component of more than one folder is a loop.
let index = 0;
const idx = new Map(),
  low = new Map(),
  stack = [],
  on = new Set(),
  loops = [];
function visit(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const comp = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1) loops.push(comp.sort());
  }
}
for (const v of edges.keys()) if (!idx.has(v)) visit(v);

if (loops.length === 0) {
  console.log(
    `lib/ folders: no loops (${[...edges.values()].reduce((n, m) => n + m.size, 0)} arrows between ${edges.size} folders)`,
  );
  process.exit(0);
}
for (const comp of loops) {
  console.error(`Loop between lib/ folders: ${comp.join(", ")}`);
  for (const a of comp)
    for (const [b, fs] of edges.get(a) ?? [])
      if (comp.includes(b)) console.error(`  ${a} → ${b}: ${[...new Set(fs)].join(", ")}`);
}
console.error("Move the use case to the area that owns the change (CONVENTIONS.md), so imports point one way.");
process.exit(1);
