"use client";

import { useActionState, useState } from "react";
import { visitorRequestAction } from "@/app/(public)/r/[slug]/actions";
import { addToExistingAction, createRequestAction, selfHelpFixedAction, type RequestFormState } from "@/app/(tenant)/requests/actions";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, input, label } from "@/components/ui/styles";
import { detectEmergency } from "@/lib/work-orders/emergency";
import { DESCRIPTION_MAX, SEVERITIES, SEVERITY_INFO } from "@/lib/work-orders/schemas";
import { AccessFields, type AccessDefaults } from "./access-fields";
import { EmergencyHelp } from "./emergency-help";
import { VisitorFields } from "./visitor-fields";

type Category = { id: string; name: string; examples: string[]; tips: string[] };

type Props = { categories: Category[]; idempotencyKey: string; hotline: string } & (
  | { mode: "tenant"; unitLabel: string; access: AccessDefaults; openRequests: { trackingNumber: number; categoryId: string; categoryName: string }[] }
  | { mode: "visitor"; propertySlug: string; units: { id: string; label: string }[] }
);

export function RequestForm(props: Props) {
  const { categories, idempotencyKey, hotline } = props;
  const [submitState, action, pending] = useActionState<RequestFormState, FormData>(props.mode === "tenant" ? createRequestAction : visitorRequestAction, {});
  const [fixedState, fixedAction, fixedPending] = useActionState<RequestFormState, FormData>(selfHelpFixedAction, {});
  const [addState, addAction, addPending] = useActionState<RequestFormState, FormData>(addToExistingAction, {});
  const state = [addState, fixedState, submitState].find((s) => s.message) ?? submitState;
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [categoryId, setCategoryId] = useState(v.categoryId ?? "");
  // Watched (not controlled) so the hotline appears as soon as the words or the choice say emergency.
  const [severity, setSeverity] = useState(v.severity ?? "");
  const [text, setText] = useState(v.description ?? "");
  const detected = detectEmergency(text);
  const showEmergency = severity === "EMERGENCY" || detected.emergency;
  const tips = categories.find((c) => c.id === categoryId)?.tips ?? [];
  const twin = props.mode === "tenant" ? props.openRequests.find((r) => r.categoryId === categoryId) : undefined;
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
      <FormMessage message={state.message} ok={state.ok} />
      <FieldError id="idempotencyKey-error" errors={e.idempotencyKey} />
      {props.mode === "tenant" ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">Unit: <strong>{props.unitLabel}</strong></p>
      ) : (
        <div>
          <input type="hidden" name="propertySlug" value={props.propertySlug} />
          <label htmlFor="unitId" className={label}>Your unit</label>
          <select key={v.unitId ?? ""} id="unitId" name="unitId" defaultValue={v.unitId ?? ""} className={input} aria-invalid={!!e.unitId} aria-describedby={e.unitId ? "unitId-error" : undefined}>
            <option value="" disabled>Choose your unit…</option>
            {props.units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
          </select>
          <FieldError id="unitId-error" errors={e.unitId} />
        </div>
      )}

      <fieldset aria-describedby={e.categoryId ? "categoryId-error" : undefined}>
        <legend className={label}>What kind of problem is it?</legend>
        <div className="mt-2 grid gap-2">
          {categories.map((c) => (
            <label key={c.id} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-brand has-[:checked]:bg-teal-50">
              <input type="radio" name="categoryId" value={c.id} defaultChecked={v.categoryId === c.id} onChange={() => setCategoryId(c.id)} className="mt-1 size-5 shrink-0" />
              <span>
                <span className="block font-semibold">{c.name}</span>
                <span className="block text-sm text-slate-600">{c.examples.join(", ")}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="categoryId-error" errors={e.categoryId} />
      </fieldset>

      <fieldset aria-describedby={e.severity ? "severity-error" : undefined}>
        <legend className={label}>How serious is it?</legend>
        <div className="mt-2 grid gap-2">
          {SEVERITIES.map((s) => (
            <label key={s} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-brand has-[:checked]:bg-teal-50">
              <input type="radio" name="severity" value={s} defaultChecked={v.severity === s} onChange={() => setSeverity(s)} className="mt-1 size-5 shrink-0" />
              <span>
                <span className="block font-semibold">{SEVERITY_INFO[s].label}</span>
                <span className="block text-sm text-slate-600">{SEVERITY_INFO[s].definition}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="severity-error" errors={e.severity} />
        <p className="mt-2 text-sm text-red-800">
          Gas smell, flooding, sparks or smoke? Leave if unsafe and call <a className="font-semibold underline" href={`tel:${hotline.replace(/[^\d+]/g, "")}`}>{hotline}</a> now.
        </p>
      </fieldset>
      {showEmergency && <EmergencyHelp hotline={hotline} kinds={detected.kinds} />}
      {twin && (
        <section aria-labelledby="twin-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="twin-heading" className="font-semibold">You already have an open {twin.categoryName.toLowerCase()} request, #{twin.trackingNumber}</h2>
          <p className="mt-1 text-sm">Same problem? Describe what is new below and add it to that request instead of opening another.</p>
          <input type="hidden" name="existingTrackingNumber" value={twin.trackingNumber} />
          <button formAction={addAction} formNoValidate disabled={addPending} className="mt-3 min-h-11 rounded-md border border-amber-500 bg-white px-4 text-sm font-semibold hover:bg-amber-100">
            Add to #{twin.trackingNumber} instead
          </button>
        </section>
      )}
      {!showEmergency && tips.length > 0 && (
        <section aria-labelledby="tips-heading" className="rounded-lg border border-sky-200 bg-sky-50 p-4">
          <h2 id="tips-heading" className="font-semibold">Try this first</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">{tips.map((t) => <li key={t}>{t}</li>)}</ul>
          {props.mode === "tenant" && <button formAction={fixedAction} formNoValidate className="mt-3 min-h-11 rounded-md border border-sky-400 bg-white px-4 text-sm font-semibold hover:bg-sky-100" disabled={fixedPending}>
            This fixed it: no visit needed
          </button>}
        </section>
      )}

      <div>
        <label htmlFor="description" className={label}>Describe the problem</label>
        <p id="description-hint" className="text-sm text-slate-600">Where it is, since when, and what you already tried.</p>
        <textarea id="description" name="description" rows={5} defaultValue={v.description} onChange={(ev) => setText(ev.target.value)} maxLength={DESCRIPTION_MAX * 5} className={input}
          aria-invalid={!!e.description} aria-describedby={`description-hint${e.description ? " description-error" : ""}`} />
        <FieldError id="description-error" errors={e.description} />
      </div>

      <div>
        <label htmlFor="photos" className={label}>Photos and videos (optional)</label>
        <p id="photos-hint" className="text-sm text-slate-600">Take them now or pick from your gallery: up to 10 in all, photos up to 20 MB, short videos up to 100 MB. Location data is removed.</p>
        <input id="photos" name="photos" type="file" accept="image/*,video/mp4,video/quicktime,video/webm" multiple className="mt-1 block w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold"
          aria-invalid={!!e.photos} aria-describedby={`photos-hint${e.photos ? " photos-error" : ""}`} />
        <FieldError id="photos-error" errors={e.photos} />
        {!!state.kept?.length && (
          <p role="status" className="mt-2 rounded-md bg-slate-100 p-2 text-sm">
            Already attached (kept from your last try): {state.kept.map((k) => k.fileName).join(", ")}
          </p>
        )}
      </div>

      {props.mode === "tenant" ? <AccessFields defaults={props.access} values={state.values} errors={e} /> : <VisitorFields values={state.values} errors={e} />}

      <button className={`${button} w-full`} disabled={pending}>{pending ? "Sending…" : "Send request"}</button>
    </form>
  );
}
