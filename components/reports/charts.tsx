// Charts drawn on the server as plain SVG: no chart library and no JavaScript reaches the browser.
// Why hand-written rather than @observablehq/plot on a server-side DOM: two chart shapes cover every
// report (bars per group, columns per week or month), they need no DOM shim on the server, and
// percentage geometry keeps labels at their real size from 375 px to a wide screen, where a scaled
// viewBox would shrink the text. Every chart is an image with a title and a summary for screen
// readers, and its numbers sit in a table right under it (NumbersTable).
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export type Bar = { label: string; value: number | null; href?: string };

const ROW = 30;
const pct = (v: number, max: number) => (max > 0 ? Math.max(0, (v / max) * 100) : 0);

/** A chart with nothing to draw (no work in the period) says so, instead of empty axes and a "0". */
function Nothing({ title, nothing }: { title: string; nothing: string }) {
  return (
    <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-600">
      {title}: {nothing}
    </p>
  );
}

/** Horizontal bars, one per group, longest = the largest value; a missing value draws no bar.
 * Titles, labels and captions may be message keys: they are read in the reader's language. */
export async function BarChart({
  id,
  title: titleKey,
  bars,
  format,
  target: targetKey,
}: {
  id: string;
  title: string;
  bars: Bar[];
  format: (v: number) => string;
  /** A reference line (a published benchmark or the SLA target), drawn and named in the summary. */
  target?: { value: number; label: string };
}) {
  const { t } = await getT();
  const title = t(titleKey);
  const target = targetKey && { ...targetKey, label: t(targetKey.label) };
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0), target?.value ?? 0);
  const height = bars.length * ROW * 1.6 + 8;
  const summary = bars.map((b) => `${b.label}: ${b.value === null ? t("rep.none") : format(b.value)}`).join("; ");
  if (!bars.some((b) => b.value)) return <Nothing title={title} nothing={t("rep.nothing")} />;
  return (
    <figure>
      <figcaption id={`${id}-t`} className="mb-1 text-sm font-medium text-slate-700">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        width="100%"
        height={height}
        className="block overflow-visible text-slate-800"
      >
        <desc id={`${id}-d`}>
          {summary}
          {target ? `. ${target.label}: ${format(target.value)}` : ""}
        </desc>
        {bars.map((b, i) => {
          const y = i * ROW * 1.6;
          return (
            <g key={`${b.label}-${i}`}>
              <text x="0" y={y + 13} fontSize="13" fill="currentColor">
                {b.label}
              </text>
              <rect x="0" y={y + 18} width="100%" height="14" rx="2" fill="#f1f5f9" />
              {b.value !== null && (
                <rect
                  x="0"
                  y={y + 18}
                  width={`${pct(b.value, max) * 0.82}%`}
                  height="14"
                  rx="2"
                  fill="var(--color-brand)"
                />
              )}
              <text
                x={`${(b.value === null ? 0 : pct(b.value, max) * 0.82) + 1}%`}
                y={y + 30}
                fontSize="12"
                fill="#334155"
              >
                {b.value === null ? "—" : format(b.value)}
              </text>
            </g>
          );
        })}
        {target && target.value > 0 && (
          <line
            x1={`${pct(target.value, max) * 0.82}%`}
            x2={`${pct(target.value, max) * 0.82}%`}
            y1="14"
            y2={height}
            stroke="#b91c1c"
            strokeDasharray="4 3"
          />
        )}
      </svg>
      {target && (
        <p className="mt-1 flex items-center gap-2 text-sm text-slate-700">
          <span aria-hidden className="inline-block h-3 border-l-2 border-dashed border-red-700" />
          {target.label}: {format(target.value)}
        </p>
      )}
    </figure>
  );
}

export type Column = { label: string; values: (number | null)[] };

const COLOURS = ["var(--color-brand)", "#94a3b8", "#b45309"];

/** Columns over time (weeks or months), one to three series side by side, with a legend. */
export async function ColumnChart({
  id,
  title: titleKey,
  series: seriesKeys,
  columns,
  format,
}: {
  id: string;
  title: string;
  series: string[];
  columns: Column[];
  format: (v: number) => string;
}) {
  const { t } = await getT();
  const title = t(titleKey);
  const series = seriesKeys.map((k) => t(k));
  const H = 160;
  const max = Math.max(0, ...columns.flatMap((c) => c.values.map((v) => v ?? 0)));
  const slot = 100 / Math.max(1, columns.length);
  const bar = (slot * 0.8) / series.length;
  const summary = columns
    .map(
      (c) =>
        `${c.label}: ${c.values.map((v, i) => `${series[i]} ${v === null ? t("rep.none") : format(v)}`).join(", ")}`,
    )
    .join("; ");
  const tick = Math.max(1, Math.ceil(columns.length / 6));
  if (!columns.some((c) => c.values.some((v) => v))) return <Nothing title={title} nothing={t("rep.nothing")} />;
  return (
    <figure>
      <figcaption id={`${id}-t`} className="mb-1 text-sm font-medium text-slate-700">
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" height={H + 24} className="block">
        <desc id={`${id}-d`}>{summary}</desc>
        <line x1="0" x2="100%" y1={H} y2={H} stroke="#cbd5e1" />
        <text x="0" y="11" fontSize="11" fill="#475569">
          {format(max)}
        </text>
        {columns.map((c, i) =>
          c.values.map((v, s) =>
            v === null || v === 0 ? null : (
              <rect
                key={`${i}-${s}`}
                x={`${i * slot + slot * 0.1 + s * bar}%`}
                y={H - (v / max) * (H - 16)}
                width={`${bar}%`}
                height={(v / max) * (H - 16)}
                fill={COLOURS[s]}
              />
            ),
          ),
        )}
        {columns.map((c, i) => {
          if (i % tick !== 0) return null;
          // Under its column; the first starts at the left edge and the last ends at the right, so none is cut.
          const first = i === 0;
          const last = i === columns.length - 1 && !first;
          const x = first ? 0 : last ? 100 : (i + 0.5) * slot;
          return (
            <text
              key={i}
              x={`${x}%`}
              y={H + 16}
              fontSize="11"
              fill="#475569"
              textAnchor={first ? "start" : last ? "end" : "middle"}
            >
              {c.label}
            </text>
          );
        })}
      </svg>
      {series.length > 1 && (
        <p className="mt-1 flex flex-wrap gap-4 text-sm text-slate-700">
          {series.map((name, s) => (
            <span key={name} className="inline-flex items-center gap-1">
              <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: COLOURS[s] }} />
              {name}
            </span>
          ))}
        </p>
      )}
    </figure>
  );
}

export type Cell = string | number | { text: string; href?: string };

/** A chart's or a section's numbers as a table; wide tables scroll sideways inside their box. */
export async function NumbersTable({
  caption: captionKey,
  head: headKeys,
  rows,
  collapsed = false,
}: {
  caption: string;
  head: string[];
  rows: Cell[][];
  collapsed?: boolean;
}) {
  const { t } = await getT();
  const caption = t(captionKey);
  const head = headKeys.map((h) => t(h));
  const table = (
    // Focusable, so a keyboard can scroll a table wider than a phone.
    <div
      tabIndex={0}
      role="region"
      aria-label={t("rep.table", { caption })}
      className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand"
    >
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {head.map((h, i) => (
              <th
                key={h}
                scope="col"
                className={`whitespace-nowrap px-3 py-2 font-semibold ${i ? "text-right" : "sticky left-0 bg-slate-50"}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={head.length} className="px-3 py-3 text-slate-600">
                {t("rep.nothing")}
              </td>
            </tr>
          )}
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-slate-100">
              {r.map((c, j) => {
                const cell = typeof c === "object" ? { ...c, text: t(c.text) } : { text: t(String(c)) };
                const Tag = j === 0 ? "th" : "td";
                return (
                  <Tag
                    key={j}
                    scope={j === 0 ? "row" : undefined}
                    // The row's name stays in view while a wide table scrolls under it on a phone.
                    className={`whitespace-nowrap px-3 py-2 ${j ? "text-right tabular-nums" : "sticky left-0 bg-white font-medium"}`}
                  >
                    {cell.href ? (
                      <Link className="text-brand underline" href={cell.href}>
                        {cell.text}
                      </Link>
                    ) : (
                      cell.text
                    )}
                  </Tag>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!collapsed) return table;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand">{t("rep.numbers", { caption })}</summary>
      {table}
    </details>
  );
}
