// One query at a time on a transaction's connection (issue 19). Prisma's query interpreter loads a
// query's relations concurrently, and inside an interactive transaction every one of those queries
// goes to the same pg client: pg queues them today but warns ("client.query() when the client is
// already executing a query", gone in pg@9). Here each transaction's queries, commit and rollback
// wait for the one before, so the connection only ever has one in flight. Outside a transaction
// queries take their own pooled connections and are left as they are.
import "server-only";
import type { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;
const SERIAL = new Set<PropertyKey>(["queryRaw", "executeRaw", "commit", "rollback"]);

function serial(tx: Tx): Tx {
  let last: Promise<unknown> = Promise.resolve();
  return new Proxy(tx, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      if (!SERIAL.has(prop)) return bound;
      return (...args: unknown[]) => {
        const run = last.then(() => bound(...args));
        last = run.catch(() => undefined);
        return run;
      };
    },
  });
}

/** The adapter factory, with every transaction it starts running its queries one at a time. */
export function oneQueryAtATime(factory: PrismaPg): PrismaPg {
  const adapter = (a: Adapter): Adapter =>
    new Proxy(a, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        const bound = (value as (...args: unknown[]) => unknown).bind(target);
        if (prop !== "startTransaction") return bound;
        return async (...args: Parameters<Adapter["startTransaction"]>) =>
          serial(await target.startTransaction(...args));
      },
    });
  return new Proxy(factory, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (prop !== "connect") return bound;
      return async () => adapter(await target.connect());
    },
  });
}
