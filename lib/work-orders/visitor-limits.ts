// The public QR form's limits (SECURITY.md "Input"; thresholds in the README): keyed to what is
// abused, the unit, with a looser limit per client address since a whole building can share one.
// Counted inside the report's own transaction, so only reports that were valid and taken count, and
// atomically (lib/rate-limit.ts), so a parallel storm never gets past them: the intake's first
// statement takes the buckets' locks (`bucketLocks`), a later one counts and hits them all at once
// (intake-writes.ts).
import "server-only";
import { addressKey, type Limit } from "@/lib/rate-limit";

export const UNIT_REPORTS_PER_HOUR = 5;
export const ADDRESS_REPORTS_PER_HOUR = 30;

export type VisitorLimit = Limit & { text: string };

/** The limits a visitor's report counts against: the unit's, and the address's (an IPv6 one's /64) when it is known. */
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
            bucket: `qr:ip:${addressKey(address)}`,
            max: ADDRESS_REPORTS_PER_HOUR,
            windowSeconds: 3600,
            text: `${ADDRESS_REPORTS_PER_HOUR} reports an hour from one address`,
          },
        ]
      : []),
  ];
}
