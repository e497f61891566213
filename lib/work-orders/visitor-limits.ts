// The public QR form's limits (SECURITY.md "Input"; thresholds in the README): keyed to what is
// abused, the unit, with a looser limit per client address since a whole building can share one.
// Counted inside the report's own transaction, so only reports that were valid and taken count, and
// atomically (lib/rate-limit.ts), so a parallel storm never gets past them.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { limited, tryHit, type Limit } from "@/lib/rate-limit";

export const UNIT_REPORTS_PER_HOUR = 5;
export const ADDRESS_REPORTS_PER_HOUR = 30;

type Over = { text: string; error: ReturnType<typeof limited> };

/** Counts the report against each limit; returns the limits it is over (then nothing was counted for those). */
export async function visitorLimits(
  tx: Tx,
  { unitId, address }: { unitId: string; address?: string },
  now: Date,
): Promise<Over[]> {
  const limits: (Limit & { text: string })[] = [
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
  const over: Over[] = [];
  for (const l of limits) if (!(await tryHit(tx, l, now))) over.push({ text: l.text, error: limited(l.windowSeconds) });
  return over;
}
