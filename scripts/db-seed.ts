// npm run db:seed: migrate, then load the demo data into an empty database (idempotent).
import { closeDb, db } from "@/lib/db/client";
import { prepareDatabase } from "./prepare-db";
import { seedDemo } from "@/prisma/seed";

await prepareDatabase();
const seeded = await seedDemo(db(), new Date(), { history: true });
console.log(seeded ? "Demo data loaded." : "Demo data already present: nothing changed.");
await closeDb();
