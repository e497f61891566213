// "My jobs" (issue 8): what an in-house technician does today first, with directions, at 375 px.
import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/lib/auth/session";
import { formatInZone } from "@/lib/time";
import { myJobs } from "@/lib/vendors/my-jobs";

export const metadata: Metadata = { title: "My jobs" };
export const dynamic = "force-dynamic";

type Row = Awaited<ReturnType<typeof myJobs>>["today"][number];

function JobRow({ r, tz }: { r: Row; tz: string }) {
  const window =
    r.windowStart && r.windowEnd
      ? `${formatInZone(r.windowStart, tz, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" })}–${formatInZone(r.windowEnd, tz, { hour: "numeric", minute: "2-digit" })}`
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
              {r.priority.toLowerCase()}
            </span>
          ) : null}
          {window && <span className="font-semibold text-slate-900">{window}</span>}
        </p>
        <p className="mt-1 text-lg font-semibold">
          {r.category.name} · {r.property.name} {r.unit.label}
        </p>
        <p className="line-clamp-2 text-slate-700">{r.description}</p>
      </Link>
      <a
        className="block border-t border-slate-200 px-4 py-3 text-sm font-semibold text-brand underline"
        target="_blank"
        rel="noreferrer"
        href={`https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(r.property.address)}`}
      >
        Directions to {r.property.address}
      </a>
    </li>
  );
}

function Group({ title, rows, tz, empty }: { title: string; rows: Row[]; tz: string; empty?: string }) {
  if (!rows.length && !empty) return null;
  return (
    <section className="mt-6" aria-label={title}>
      <h2 className="text-lg font-semibold">
        {title} {rows.length > 0 && <span className="text-slate-500">({rows.length})</span>}
      </h2>
      {rows.length ? (
        <ul className="mt-2 space-y-3">
          {rows.map((r) => (
            <JobRow key={r.trackingNumber} r={r} tz={tz} />
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
  const jobs = await myJobs(actor, new Date());
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <h1 className="text-2xl font-bold">My jobs</h1>
      <Group title="Today" rows={jobs.today} tz={jobs.timeZone} empty="No visits booked for today." />
      <Group title="To book" rows={jobs.toBook} tz={jobs.timeZone} />
      <Group title="Coming up" rows={jobs.later} tz={jobs.timeZone} />
      <Group title="Finished this week" rows={jobs.done} tz={jobs.timeZone} />
    </main>
  );
}
