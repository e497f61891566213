// Run by npm start before the server opens the database: migrate, seed the demo, say how to sign in.
import { closeDb, db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";
import { prepareDatabase } from "./prepare-db";

const e = env();
const applied = await prepareDatabase();
if (applied.length) console.log(`[fixwell] applied migrations: ${applied.join(", ")}`);
if (e.demo && (await seedDemo(db()))) console.log("[fixwell] loaded the demo data");
await closeDb();

console.log(`\n  Fixwell: ${e.PUBLIC_URL}`);
console.log(`  Database: ${e.embedded ? `embedded (${e.FIXWELL_DATA_DIR}/pglite)` : "PostgreSQL (DATABASE_URL)"}`);
if (e.demo) {
  console.log("  Demo mode: open the address above, choose Sign in, and pick a demo user (one click).");
  console.log("  Anyone who can reach this address can sign in. See the README to run for real.\n");
} else {
  console.log("  Sign in with an emailed link. First admin: npm run admin:create -- you@example.com\n");
}
