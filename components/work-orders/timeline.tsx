import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { formatInZone } from "@/lib/time";
import { STATUS_LABEL } from "@/lib/work-orders/transitions";

type Event = { id: string; type: string; actorLabel: string; fromStatus: WorkOrderStatus | null; toStatus: WorkOrderStatus | null; details: unknown; createdAt: Date };

function describe(e: Event, timeZone: string): string {
  const d = (e.details ?? {}) as Record<string, string>;
  if (e.type === "CREATED") return "Request received";
  if (e.type === "STATUS_CHANGED" && e.toStatus) {
    if (e.toStatus === "ASSIGNED" && e.fromStatus === "NEW") return `Assigned to ${d.vendor ?? "a technician"}`;
    if (e.toStatus === "ASSIGNED" && e.fromStatus === "COMPLETED") return `Reopened, not fixed: ${d.reason ?? ""}`;
    if (e.toStatus === "SCHEDULED" && d.windowStart) {
      const start = new Date(d.windowStart);
      const end = new Date(d.windowEnd);
      return `Visit scheduled for ${formatInZone(start, timeZone, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" })}–${formatInZone(end, timeZone, { hour: "numeric", minute: "2-digit" })}`;
    }
    if (e.toStatus === "COMPLETED") return `Work completed${d.notes ? `: ${d.notes}` : ""}`;
    if (e.toStatus === "CANCELLED") return `Cancelled${d.reason ? `: ${d.reason}` : ""}`;
    return `${e.fromStatus ? STATUS_LABEL[e.fromStatus] : ""} → ${STATUS_LABEL[e.toStatus]}${d.reason ? ` (${d.reason})` : ""}`;
  }
  if (e.type === "MESSAGE") return `Message: ${d.body ?? ""}`;
  if (e.type === "RATED") return `Rated ${d.rating} out of 5${d.comment ? `: ${d.comment}` : ""}`;
  return e.type.toLowerCase().replace(/_/g, " ");
}

export function Timeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  return (
    <section aria-labelledby="timeline-heading" className="mt-8">
      <h2 id="timeline-heading" className="text-lg font-semibold">Timeline</h2>
      <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
        {events.map((e) => (
          <li key={e.id}>
            <p className="font-medium">{describe(e, timeZone)}</p>
            <p className="text-sm text-slate-600">
              {e.actorLabel} · <time dateTime={e.createdAt.toISOString()}>{formatInZone(e.createdAt, timeZone)}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
