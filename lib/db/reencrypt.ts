// The second half of an encryption-key rotation (README, "Rotating secrets"): every stored secret
// not yet sealed with the current FIXWELL_ENCRYPTION_KEY is opened (with the previous key) and
// sealed again with the current one. Safe to run while the portal serves, and again: what is
// already under the current key is left alone. Afterwards the previous key can be dropped.
import "server-only";
import { encrypt, decrypt, sealedWithCurrentKey } from "@/lib/crypto";
import { db } from "@/lib/db/client";

/** Every column that holds a sealed value (lib/crypto.ts), by table. */
export const SEALED_COLUMNS = {
  TenantProfile: ["gateCodeEnc", "lockboxCodeEnc", "alarmCodeEnc"],
  WorkOrder: ["gateCodeEnc", "lockboxCodeEnc"],
  OutboxMessage: ["secretEnc"],
  WebhookEndpoint: ["secretEnc", "previousSecretEnc"],
} as const;

const BATCH = 500;

export type Reencrypted = Record<keyof typeof SEALED_COLUMNS, number>;

export async function reencryptAll(now: Date): Promise<Reencrypted> {
  const counts = {} as Reencrypted;
  for (const [table, columns] of Object.entries(SEALED_COLUMNS) as [keyof typeof SEALED_COLUMNS, readonly string[]][])
    counts[table] = await reencryptTable(table, columns, now);
  return counts;
}

async function reencryptTable(table: string, columns: readonly string[], now: Date): Promise<number> {
  // Names come from SEALED_COLUMNS above, never from input.
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const anySet = columns.map((c) => `"${c}" IS NOT NULL`).join(" OR ");
  let after = "";
  let changed = 0;
  for (;;) {
    const rows = await db().$queryRawUnsafe<Record<string, string | null>[]>(
      `SELECT id, ${cols} FROM "${table}" WHERE id > $1 AND (${anySet}) ORDER BY id LIMIT ${BATCH}`,
      after,
    );
    if (rows.length === 0) return changed;
    after = rows.at(-1)!.id!;
    const updates = rows.flatMap((row) => {
      const stale = columns.filter((c) => row[c] && !sealedWithCurrentKey(row[c]!));
      return stale.length
        ? [{ id: row.id!, set: stale.map((c) => [c, encrypt(decrypt(row[c]!)), row[c]!] as const) }]
        : [];
    });
    if (updates.length === 0) continue;
    await db().$transaction(async (tx) => {
      // The audit log (triggers) records these as "reencrypted" by the system, at the caller's moment.
      await tx.$queryRaw`SELECT set_config('fixwell.action', 'reencrypted', true), set_config('fixwell.now', ${now.toISOString()}, true)`;
      for (const { id, set } of updates) {
        // Only if the value is still the one read: a code changed meanwhile is already under the new key.
        const assignments = set.map(
          ([c], i) => `"${c}" = CASE WHEN "${c}" = $${2 * i + 3} THEN $${2 * i + 2} ELSE "${c}" END`,
        );
        const params = set.flatMap(([, sealed, was]) => [sealed, was]);
        await tx.$executeRawUnsafe(`UPDATE "${table}" SET ${assignments.join(", ")} WHERE id = $1`, id, ...params);
      }
    });
    changed += updates.length;
  }
}
