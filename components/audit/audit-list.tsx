// The audit log's entries: when, who, what record, and each changed field from → to. One card per
// entry on a phone; the same cards in a narrower column on a desktop (the changes need the width).
import { actionWords, entityWords, fieldWords, valueWords, type AuditRow } from "@/lib/audit/filters";
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";

export async function AuditList({ rows, timeZone }: { rows: AuditRow[]; timeZone: string }) {
  const { t, locale } = await getT();
  if (rows.length === 0) return <p className="mt-4 text-slate-600">{t("audit.nothing")}</p>;
  const words = { none: t("audit.none"), yes: t("audit.yes"), no: t("audit.no"), locale };
  const value = (v: unknown) => valueWords(v, timeZone, words);
  return (
    <ol className="mt-4 space-y-3" aria-label={t("audit.entries")}>
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-semibold">
            {t("audit.entry", { action: actionWords(r.action), entity: entityWords(r.entity) })}
            {r.entityLabel && <span className="font-normal"> · {r.entityLabel}</span>}
          </p>
          <p className="text-sm text-slate-600">
            <time dateTime={r.at.toISOString()}>{formatInZone(r.at, timeZone, undefined, locale)}</time> ·{" "}
            {r.actorId ? (r.actorName ?? t("audit.removedUser")) : t("audit.systemLong")}
          </p>
          {r.changes.length > 0 && (
            <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {r.changes.map((c) => (
                <div key={c.field} className="contents">
                  <dt className="font-medium text-slate-700">{t(fieldWords(c.field))}</dt>
                  <dd className="break-words">
                    {r.action === "created" ? (
                      value(c.to)
                    ) : r.action === "deleted" ? (
                      <s>{value(c.from)}</s>
                    ) : (
                      <>
                        <span className="text-slate-600">{value(c.from)}</span> → <span>{value(c.to)}</span>
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
