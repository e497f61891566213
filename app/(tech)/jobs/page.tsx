// "My jobs" (issue 8): what an in-house technician does today first, with directions, at 375 px.
import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { categoryName } from "@/lib/i18n/categories";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import type { T } from "@/lib/i18n/translate";
import { formatInZone } from "@/lib/time";
import { myJobs } from "@/lib/vendors/my-jobs";

export const metadata: Metadata = { title: "My jobs" };
export const dynamic = "force-dynamic";

type Row = Awaited<ReturnType<typeof myJobs>>["today"][number];

function JobRow({ r, tz, t, locale }: { r: Row; tz: string; t: T; locale: Locale }) {
  const window =
    r.windowStart && r.windowEnd
      ? `${formatInZone(r.windowStart, tz, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }, locale)}–${formatInZone(r.windowEnd, tz, { hour: "numeric", minute: "2-digit" }, locale)}`
      : null;
  return (
    <li className="rounded-lg border border-slate-200 bg-white">
      <Link href={`/jobs/${r.trackingNumber}`} className="block p-4 hover:bg-slate-50">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>#{r.trackingNumber}</span>
          {r.priority === "EMERGENCY" || r.priority === "URGENT" ? (
            <span
              className={`rounded px-2 py-0.5 font-semibold ${r.priority === "EMERGENCY" ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}
            >
              {t(`priority.${r.priority}`)}
            </span>
          ) : null}
          {window && <span className="font-semibold text-slate-900">{window}</span>}
        </p>
        <p className="mt-1 text-lg font-semibold">
          {categoryName(r.category.name, locale)} · {r.property.name} {r.unit.label}
        </p>
        <p className="line-clamp-2 text-slate-700">{r.description}</p>
      </Link>
      <a
        className="block border-t border-slate-200 px-4 py-3 text-sm font-semibold text-brand underline"
        target="_blank"
        rel="noreferrer"
        href={`https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(r.property.address)}`}
      >
        {t("jobs.directions", { address: r.property.address })}
      </a>
    </li>
  );
}

function Group({
  title,
  rows,
  tz,
  empty,
  t,
  locale,
}: {
  title: string;
  rows: Row[];
  tz: string;
  empty?: string;
  t: T;
  locale: Locale;
}) {
  if (!rows.length && !empty) return null;
  return (
    <section className="mt-6" aria-label={title}>
      <h2 className="text-lg font-semibold">
        {title} {rows.length > 0 && <span className="text-slate-500">({rows.length})</span>}
      </h2>
      {rows.length ? (
        <ul className="mt-2 space-y-3">
          {rows.map((r) => (
            <JobRow key={r.trackingNumber} r={r} tz={tz} t={t} locale={locale} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-600">{empty}</p>
      )}
    </section>
  );
}

export default async function MyJobs() {
  const actor = await pageActor("job:work", "/jobs");
  const [jobs, { t, locale }] = await Promise.all([myJobs(actor, new Date()), getT()]);
  const shared = { tz: jobs.timeZone, t, locale };
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <h1 className="text-2xl font-bold">{t("jobs.title")}</h1>
      <Group title={t("jobs.today")} rows={jobs.today} empty={t("jobs.noneToday")} {...shared} />
      <Group title={t("jobs.toBook")} rows={jobs.toBook} {...shared} />
      <Group title={t("jobs.later")} rows={jobs.later} {...shared} />
      <Group title={t("jobs.done")} rows={jobs.done} {...shared} />
    </main>
  );
}
