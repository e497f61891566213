"use client";
import { useI18n } from "@/components/i18n/provider";
import { HARD_STOP_KINDS, type EmergencyKind } from "@/lib/work-orders/emergency";

/** The hotline, big and tappable, with hard-stop advice where waiting would be wrong. */
export function EmergencyHelp({
  hotline,
  kinds,
  afterSubmit = false,
}: {
  hotline: string;
  kinds: EmergencyKind[];
  afterSubmit?: boolean;
}) {
  const { t } = useI18n();
  const advice = kinds.filter((k) => HARD_STOP_KINDS.includes(k));
  return (
    <section
      role="alert"
      aria-labelledby="emergency-heading"
      className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950"
    >
      <h2 id="emergency-heading" className="text-lg font-bold">
        {t(afterSubmit ? "emergency.after" : "emergency.before")}
      </h2>
      {advice.map((k) => (
        <p key={k} className="mt-2 font-semibold">
          {t(`emergency.${k}` as const)}
        </p>
      ))}
      <p className="mt-2">{t(afterSubmit ? "emergency.afterBody" : "emergency.beforeBody")}</p>
      <a
        href={`tel:${hotline.replace(/[^\d+]/g, "")}`}
        className="mt-3 flex min-h-12 items-center justify-center rounded-md bg-red-700 px-4 text-lg font-bold text-white hover:bg-red-800"
      >
        {t("emergency.call", { hotline })}
      </a>
    </section>
  );
}
