// npm run db:migrate: apply pending migrations (what the start command does first).
import { closeDb } from "@/lib/db/client";
import { prepareDatabase } from "./prepare-db";

const applied = await prepareDatabase();
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
await closeDb();
