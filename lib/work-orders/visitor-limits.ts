// The public QR form's limits (SECURITY.md "Input"; thresholds in the README): keyed to what is
// abused, the unit, with a looser limit per client address since a whole building can share one.
// Counted inside the report's own transaction, so only reports that were valid and taken count, and
// atomically (lib/rate-limit.ts), so a parallel storm never gets past them: the intake's first
// statement takes the buckets' locks (`bucketLocks`), a later one counts and hits them all at once.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { hitEach, limited, type Limit } from "@/lib/rate-limit";

export const UNIT_REPORTS_PER_HOUR = 5;
export const ADDRESS_REPORTS_PER_HOUR = 30;

type Over = { text: string; error: ReturnType<typeof limited> };

export type VisitorLimit = Limit & { text: string };

/** The limits a visitor's report counts against: the unit's, and the address's when it is known. */
export function visitorLimits({ unitId, address }: { unitId: string; address?: string }): VisitorLimit[] {
  return [
    {
      bucket: `qr:unit:${unitId}`,
      max: UNIT_REPORTS_PER_HOUR,
      windowSeconds: 3600,
      text: `${UNIT_REPORTS_PER_HOUR} reports an hour for this unit`,
    },
    ...(address
      ? [
          {
            bucket: `qr:ip:${address}`,
            max: ADDRESS_REPORTS_PER_HOUR,
            windowSeconds: 3600,
            text: `${ADDRESS_REPORTS_PER_HOUR} reports an hour from one address`,
          },
        ]
      : []),
  ];
}

/**
 * Counts the report against each limit, in one statement (the caller took their locks earlier in
 * this transaction); returns the limits it is over (then nothing was counted for those).
 */
export async function countVisitorReport(tx: Tx, limits: VisitorLimit[], now: Date): Promise<Over[]> {
  const full = await hitEach(tx, limits, now);
  return limits.filter((l) => full.has(l.bucket)).map((l) => ({ text: l.text, error: limited(l.windowSeconds) }));
}
