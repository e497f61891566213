// How far along the on-call chain an unacknowledged emergency has gone (DESIGN.md §4). Pure: the
// organisation's escalation step (Settings → Timings and thresholds, 15 minutes by default) is a
// parameter.

/** How many contacts of the chain should have been paged `minutes` after the request came in. */
export function pagesDue(minutes: number, chainLength: number, stepMinutes: number): number {
  return Math.min(chainLength, 1 + Math.floor(Math.max(0, minutes) / stepMinutes));
}
