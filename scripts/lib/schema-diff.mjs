// SQL between two Prisma schemas, computed offline. Prisma 7's CLI downloads a native schema
// engine for every migrate command (it cannot here); Prisma 6.19's WebAssembly engine ("engine: js")
// can diff two datamodels with no network, given an adapter it can open: an in-memory PGlite.
// It needs Prisma 6's schema dialect, so it works on temporary copies.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const nm = path.join(root, "node_modules");

/** Rewrites a Prisma 7 schema into the Prisma 6 dialect (datasource url, classic generator). */
export function toPrisma6(schema) {
  return schema
    .replace(/provider\s*=\s*"prisma-client"/, 'provider = "prisma-client-js"')
    .replace(/^\s*output\s*=.*$/m, "")
    .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*"postgresql")/, '$1\n  url = env("DATABASE_URL")');
}

/** SQL that takes a database from schema `from` (text, or null for empty) to schema `to` (text). */
export function schemaDiff(from, to) {
  const cacheDir = path.join(nm, ".cache");
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(path.join(cacheDir, "fixwell-diff-"));
  try {
    writeFileSync(path.join(dir, "to.prisma"), toPrisma6(to));
    if (from !== null) writeFileSync(path.join(dir, "from.prisma"), toPrisma6(from));
    writeFileSync(
      path.join(dir, "prisma.config.mjs"),
      `import { PGlite } from ${JSON.stringify(path.join(nm, "@electric-sql/pglite/dist/index.js"))};
import { PrismaPGlite } from ${JSON.stringify(path.join(nm, "prisma6-pglite-adapter/dist/index.mjs"))};
export default { experimental: { adapter: true }, engine: "js", schema: "to.prisma", adapter: async () => new PrismaPGlite(new PGlite()) };
`,
    );
    const args = [path.join(nm, "prisma6/build/index.js"), "migrate", "diff", "--config", "prisma.config.mjs"];
    args.push(...(from === null ? ["--from-empty"] : ["--from-schema-datamodel", "from.prisma"]));
    args.push("--to-schema-datamodel", "to.prisma", "--script");
    const r = spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: "postgresql://unused@localhost/unused",
        PRISMA_SCHEMA_ENGINE_BINARY: path.join(dir, "to.prisma"),
        PRISMA_QUERY_ENGINE_LIBRARY: path.join(dir, "to.prisma"),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    if (r.status !== 0) throw new Error(`prisma migrate diff failed:\n${r.stderr}\n${r.stdout}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function isEmptyMigration(sql) {
  return sql.split("\n").every((l) => !l.trim() || l.trim().startsWith("--"));
}
