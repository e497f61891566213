// One step of the cron tick: its own short transaction, entered only by whoever takes the step's
// transaction-level advisory lock (a pooler cannot strand it; it ends with the transaction). Two
// ticks at once: one does the step, the other skips it. Unique outbox keys and the conditional
// updates inside make a step retried after a crash do nothing twice.
import "server-only";
import { db, type Tx } from "@/lib/db/client";

const LOCK_BASE = 7_431_000; // our range of advisory-lock keys

export const STEPS = {
  reminders: 1,
  slaAlerts: 2,
  emergencies: 3,
  completion: 4,
  autoClose: 5,
  ownerApprovals: 6,
  vendorCompliance: 20,
  monthlyExport: 25,
  purge: 30,
} as const;

export async function lockedStep(
  step: keyof typeof STEPS,
  work: (tx: Tx) => Promise<number>,
): Promise<number | "busy"> {
  return db().$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${LOCK_BASE + STEPS[step]}::bigint) AS locked`;
      if (!locked) return "busy" as const;
      return work(tx);
    },
    { timeout: 30_000 },
  );
}

/** How many rows a step handles per tick: each tick stays short, the next one takes the rest. */
export const BATCH = 200;
export { utc } from "@/lib/db/utc";
