// Demo mode (DESIGN.md §11): one-click sign-in and the open outbox page. A production build with a
// DATABASE_URL never offers either, whatever FIXWELL_DEMO says.
import "server-only";
import { env, type Env } from "@/lib/env";

/** Pure, for the start banner and its test: does this setup offer one-click sign-in and the open outbox? */
export function demoOffered(e: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "demo">): boolean {
  if (e.NODE_ENV === "production" && e.DATABASE_URL) return false;
  return e.demo;
}

export function demoAllowed(): boolean {
  return demoOffered(env());
}
