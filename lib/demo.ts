// Demo mode (DESIGN.md §11): one-click sign-in and the open outbox page. A production build with a
// DATABASE_URL never offers either, whatever FIXWELL_DEMO says.
import "server-only";
import { env } from "@/lib/env";

export function demoAllowed(): boolean {
  const e = env();
  if (e.NODE_ENV === "production" && e.DATABASE_URL) return false;
  return e.demo;
}
