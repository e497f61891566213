// Run by npm start before the server opens the database: migrate, seed the demo, say how to sign in.
import { closeDb, db } from "@/lib/db/client";
import { DataDirInUse } from "@/lib/db/data-dir-lock";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";
import { startBanner } from "./lib/start-banner";
import { prepareDatabase } from "./prepare-db";

const e = env();
const applied = await prepareDatabase().catch((err: unknown) => {
  if (!(err instanceof DataDirInUse)) throw err;
  console.error(err.message); // another process has the embedded database: say so, without a stack
  process.exit(1);
});
if (applied.length) console.log(`[fixwell] applied migrations: ${applied.join(", ")}`);
// The demo portal gets a year of finished work too, so its reports show trends (tests seed without it).
if (e.demo && (await seedDemo(db(), new Date(), { history: true }))) console.log("[fixwell] loaded the demo data");
await closeDb();

console.log(startBanner(e));
