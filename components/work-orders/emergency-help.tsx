import { HARD_STOP, type EmergencyKind } from "@/lib/work-orders/emergency";

/** The hotline, big and tappable, with hard-stop advice where waiting would be wrong. */
export function EmergencyHelp({ hotline, kinds, afterSubmit = false }: { hotline: string; kinds: EmergencyKind[]; afterSubmit?: boolean }) {
  const advice = kinds.map((k) => HARD_STOP[k]).filter(Boolean);
  return (
    <section role="alert" aria-labelledby="emergency-heading" className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950">
      <h2 id="emergency-heading" className="text-lg font-bold">{afterSubmit ? "This is being treated as an emergency" : "This sounds like an emergency"}</h2>
      {advice.map((a) => <p key={a} className="mt-2 font-semibold">{a}</p>)}
      <p className="mt-2">{afterSubmit ? "We have flagged it for immediate attention. If anyone is in danger, or it is getting worse, call now:" : "Don't wait for this form. Call our emergency line now, then finish the form if you can:"}</p>
      <a href={`tel:${hotline.replace(/[^\d+]/g, "")}`} className="mt-3 flex min-h-12 items-center justify-center rounded-md bg-red-700 px-4 text-lg font-bold text-white hover:bg-red-800">
        Call {hotline}
      </a>
    </section>
  );
}
