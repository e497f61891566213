// npm run keys:reencrypt
// The second step of rotating FIXWELL_ENCRYPTION_KEY (README, "Rotating secrets"): with the new key
// in FIXWELL_ENCRYPTION_KEY and the old one in FIXWELL_ENCRYPTION_KEY_PREVIOUS, seals every stored
// code and pending link again under the new key. Run it once every instance has the new settings;
// then FIXWELL_ENCRYPTION_KEY_PREVIOUS can be removed.
import { closeDb } from "@/lib/db/client";
import { reencryptAll } from "@/lib/db/reencrypt";
import { prepareDatabase } from "./prepare-db";

await prepareDatabase();
const counts = await reencryptAll(new Date()); // an operator's command: its wall clock is the moment
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(
  `Re-encrypted ${total} record${total === 1 ? "" : "s"} under the current key: ${Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ")}.`,
);
await closeDb();
