// What npm start says before serving: where, on which database, and how to sign in. It says demo
// mode only when the server will really offer it (demoOffered: never a production build on
// PostgreSQL, whatever FIXWELL_DEMO says).
import { demoOffered } from "@/lib/demo";
import type { Env } from "@/lib/env";

export function startBanner(e: Env): string {
  const lines = [
    ``,
    `  Fixwell: ${e.PUBLIC_URL}`,
    `  Database: ${e.embedded ? `embedded (${e.FIXWELL_DATA_DIR}/pglite)` : "PostgreSQL (DATABASE_URL)"}`,
  ];
  if (demoOffered(e)) {
    lines.push("  Demo mode: open the address above, choose Sign in, and pick a demo user (one click).");
    lines.push("  Anyone who can reach this address can sign in. See the README to run for real.");
  } else if (e.demo) {
    lines.push("  Demo data loaded, but a production build on PostgreSQL never offers one-click sign-in or the");
    lines.push(
      "  open outbox page: sign in with an emailed link. First admin: npm run admin:create -- you@example.com",
    );
  } else {
    lines.push("  Sign in with an emailed link. First admin: npm run admin:create -- you@example.com");
  }
  return `${lines.join("\n")}\n`;
}
