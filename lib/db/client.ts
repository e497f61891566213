// The one place a Prisma client is made: PostgreSQL through adapter-pg when DATABASE_URL is set,
// otherwise the embedded PGlite database under FIXWELL_DATA_DIR. Kept on globalThis so Next's
// module reloading never opens the embedded database twice (it runs one query at a time).
import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import path from "node:path";
import { env } from "@/lib/env";
import { openPglite } from "@/lib/db/connections";
import { oneQueryAtATime } from "@/lib/db/one-query-at-a-time";
import { preparedName } from "@/lib/db/prepared";
import { lockDataDir, unlockDataDir } from "@/lib/db/data-dir-lock";
import { PrismaClient } from "@/lib/db/generated/client";

type Holder = { prisma?: PrismaClient; pglite?: PGlite };
const g = globalThis as typeof globalThis & { __fixwellDb?: Holder };
const holder: Holder = (g.__fixwellDb ??= {});

/** The embedded database's own handle (for the migrator), or null on PostgreSQL. */
export function embeddedDatabase(): PGlite | null {
  if (!env().embedded) return null;
  if (!holder.pglite) {
    const dataDir = env().FIXWELL_PGLITE_IN_MEMORY ? undefined : embeddedDataDir();
    if (dataDir) lockDataDir(dataDir);
    holder.pglite = openPglite(dataDir);
  }
  return holder.pglite;
}

const embeddedDataDir = () => path.resolve(env().FIXWELL_DATA_DIR, "pglite");

export function db(): PrismaClient {
  if (holder.prisma) return holder.prisma;
  const e = env();
  const adapter = e.DATABASE_URL
    ? // JIT off: the reports' aggregates over 10^5–10^6 rows cost enough to trigger it, and compiling
      // them took longer (150–200 ms a query) than running them; nothing here is long enough to gain.
      // Statements marked PREPARED are prepared by name (lib/db/prepared.ts); undefined, for the
      // rest, has pg run them unnamed as without a generator.
      oneQueryAtATime(
        new PrismaPg(
          // A connection is replaced after an hour: the statements it prepared by name (intake's
          // lookup, one per filter shape the queue was asked) go with it, so none accumulates them.
          {
            connectionString: e.DATABASE_URL,
            options: "-c jit=off",
            max: e.DATABASE_POOL_MAX,
            maxLifetimeSeconds: 3600,
          },
          { statementNameGenerator: (q) => preparedName(q.sql) as string },
        ),
      )
    : new PrismaPGlite(embeddedDatabase()!);
  holder.prisma = new PrismaClient({ adapter });
  return holder.prisma;
}

export async function closeDb(): Promise<void> {
  await holder.prisma?.$disconnect();
  if (holder.pglite) {
    await holder.pglite.close();
    if (!env().FIXWELL_PGLITE_IN_MEMORY) unlockDataDir(embeddedDataDir());
  }
  holder.prisma = undefined;
  holder.pglite = undefined;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
