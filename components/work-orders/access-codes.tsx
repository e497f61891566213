"use client";
// Gate and lockbox codes stay on the server until a manager taps "Show code"; each tap is logged
// on the tenant's timeline (revealCodeAction).
import { useState, useTransition } from "react";
import { revealCodeAction } from "@/lib/actions/work-order-staff";
import { useI18n } from "@/components/i18n/provider";

type Revealed = { code?: string | null; error?: string };

/** One masked code and its "Show code" button; `reveal` asks the server (which logs the reveal). */
export function CodeReveal({ name, reveal }: { name: string; reveal: () => Promise<Revealed> }) {
  const { t } = useI18n();
  const [result, setResult] = useState<Revealed | null>(null);
  const [busy, start] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="font-semibold">{name}:</span>
      {result?.code ? (
        <span role="status" className="font-mono text-base">
          {result.code}
        </span>
      ) : (
        <>
          <span aria-hidden className="font-mono tracking-widest text-slate-500">
            ••••
          </span>
          <button
            type="button"
            disabled={busy}
            onClick={() => start(async () => setResult(await reveal()))}
            className="min-h-9 rounded border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100"
            aria-label={t("jobView.showCodeLabel", { name: name.toLowerCase() })}
          >
            {t("jobView.showCode")}
          </button>
        </>
      )}
      {result?.error && (
        <span role="alert" className="text-sm text-red-700">
          {t(result.error)}
        </span>
      )}
    </div>
  );
}

function Code({ trackingNumber, which, name }: { trackingNumber: number; which: "gate" | "lockbox"; name: string }) {
  const reveal = () => {
    const fd = new FormData();
    fd.set("trackingNumber", String(trackingNumber));
    fd.set("which", which);
    return revealCodeAction(fd);
  };
  return <CodeReveal name={name} reveal={reveal} />;
}

export function AccessCodes({
  trackingNumber,
  gate,
  lockbox,
}: {
  trackingNumber: number;
  gate: boolean;
  lockbox: boolean;
}) {
  const { t } = useI18n();
  if (!gate && !lockbox) return <p>{t("staffWo.noCodes")}</p>;
  return (
    <div className="space-y-2">
      {gate && <Code trackingNumber={trackingNumber} which="gate" name={t("jobView.gateCode")} />}
      {lockbox && <Code trackingNumber={trackingNumber} which="lockbox" name={t("jobView.lockboxCode")} />}
      <p className="text-xs text-slate-600">{t("staffWo.codesSeen")}</p>
    </div>
  );
}
