// Outside business hours the tenant is told so on the form and on the confirmation (issue 18): the
// admin's after-hours instructions, the emergency line, and when the office will see the request.
import { getT } from "@/lib/i18n/server";
import { formatInZone } from "@/lib/time";

export type AfterHoursView = {
  open: boolean;
  nextOpen: Date | null;
  instructions: string;
  hotline: string;
  timeZone: string;
};

export async function AfterHoursNotice({ info }: { info: AfterHoursView }) {
  if (info.open) return null;
  const { t, locale } = await getT();
  const when = info.nextOpen
    ? formatInZone(info.nextOpen, info.timeZone, { weekday: "long", hour: "numeric", minute: "2-digit" }, locale)
    : null;
  return (
    <section
      aria-labelledby="after-hours-h"
      className="mb-4 rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm text-indigo-950"
    >
      <h2 id="after-hours-h" className="font-semibold">
        {t("afterHours.title")}
      </h2>
      <p className="mt-1">{when ? t("afterHours.seenAt", { when }) : t("afterHours.seenLater")}</p>
      {info.instructions && <p className="mt-2 whitespace-pre-line">{info.instructions}</p>}
      <p className="mt-2 font-semibold">
        {t("afterHours.emergency")}{" "}
        <a className="underline" href={`tel:${info.hotline.replace(/[^\d+]/g, "")}`}>
          {info.hotline}
        </a>
      </p>
    </section>
  );
}
