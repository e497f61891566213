// Repeat issues at this unit, with links to the earlier requests, and a callback warning.
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { callbackText, repeatIssueText } from "@/lib/work-orders/repeat-text";

type Earlier = {
  trackingNumber: number;
  createdAt: Date;
  completedAt: Date | null;
  vendor: { company: string } | null;
  technician: { name: string } | null;
};

export async function RepeatIssuesNote({
  earlier,
  callbacks,
  category,
  unit,
  timeZone,
}: {
  earlier: Earlier[];
  callbacks: Earlier[];
  category: string;
  unit: string;
  timeZone: string;
}) {
  const { t, locale } = await getT();
  const repeat = repeatIssueText({ earlier, category, unit, timeZone, locale });
  if (!repeat && callbacks.length === 0) return null;
  return (
    <section aria-label={t("staffWo.repeats")} className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm">
      {repeat && (
        <>
          <p className="font-semibold">{repeat}</p>
          <ul className="mt-1 flex flex-wrap gap-x-3">
            {earlier.map((e) => (
              <li key={e.trackingNumber}>
                <Link className="underline" href={`/dashboard/work-orders/${e.trackingNumber}`}>
                  #{e.trackingNumber}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {callbacks.map((c) => (
        <p key={c.trackingNumber} className="mt-2 font-semibold text-red-900">
          {callbackText({
            vendor: c.vendor?.company ?? c.technician?.name ?? t("staffWo.sameVendor"),
            category,
            at: c.completedAt!,
            trackingNumber: c.trackingNumber,
            timeZone,
            locale,
          })}{" "}
          <Link className="underline" href={`/dashboard/work-orders/${c.trackingNumber}`}>
            {t("staffWo.openNumber", { n: String(c.trackingNumber) })}
          </Link>
        </p>
      ))}
    </section>
  );
}
