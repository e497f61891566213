// The audit log's entries: when, who, what record, and each changed field from → to. One card per
// entry on a phone; the same cards in a narrower column on a desktop (the changes need the width).
import { actionWords, entityWords, fieldWords, valueWords, type AuditRow } from "@/lib/audit/filters";
import { formatInZone } from "@/lib/time";

export function AuditList({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="mt-4 text-slate-600">Nothing recorded matches these filters.</p>;
  return (
    <ol className="mt-4 space-y-3" aria-label="Audit entries, newest first">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-semibold">
            {actionWords(r.action)}: {entityWords(r.entity)}
            {r.entityLabel && <span className="font-normal"> · {r.entityLabel}</span>}
          </p>
          <p className="text-sm text-slate-600">
            <time dateTime={r.at.toISOString()}>{formatInZone(r.at, timeZone)}</time> ·{" "}
            {r.actorId ? (r.actorName ?? "a removed user") : "System (no one signed in: the tick, a link or an import)"}
          </p>
          {r.changes.length > 0 && (
            <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {r.changes.map((c) => (
                <div key={c.field} className="contents">
                  <dt className="font-medium text-slate-700">{fieldWords(c.field)}</dt>
                  <dd className="break-words">
                    {r.action === "created" ? (
                      valueWords(c.to, timeZone)
                    ) : r.action === "deleted" ? (
                      <s>{valueWords(c.from, timeZone)}</s>
                    ) : (
                      <>
                        <span className="text-slate-600">{valueWords(c.from, timeZone)}</span> →{" "}
                        <span>{valueWords(c.to, timeZone)}</span>
                      </>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
