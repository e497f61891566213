"use client";

import { useActionState, useState } from "react";
import type { RequestFormState } from "@/lib/actions/tenant-requests";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, input, label } from "@/components/ui/styles";
import { detectEmergency } from "@/lib/work-orders/emergency";
import type { FieldErrors } from "@/lib/errors";
import { DESCRIPTION_MAX, SEVERITIES } from "@/lib/work-orders/fields";
import { durationWords, type TargetMinutes } from "@/lib/work-orders/sla-words";
import { AccessFields, type AccessDefaults, type RevealOwnCode } from "./access-fields";
import { EmergencyHelp } from "./emergency-help";
import { PhotoPicker } from "./photo-picker";
import { PHOTO_PICKER_LABELS_EN, type PhotoPickerLabels } from "./photo-picker-labels";
import { VisitorFields } from "./visitor-fields";

type Category = { id: string; name: string; examples: string[]; tips: string[] };
type FormAction = (state: RequestFormState, formData: FormData) => Promise<RequestFormState>;
// The page hands the form its actions: the QR form's bundle then carries no tenant-only action.
type Actions = { submit: FormAction; fixed: FormAction };

type Props = {
  categories: Category[];
  idempotencyKey: string;
  hotline: string;
  /** The organisation's SLA targets: each severity's definition says them. */
  targets: Record<(typeof SEVERITIES)[number], TargetMinutes>;
} & (
  | {
      mode: "tenant";
      actions: Actions & { addToExisting: FormAction; revealOwnCode: RevealOwnCode };
      unitLabel: string;
      access: AccessDefaults;
      openRequests: { trackingNumber: number; categoryId: string; categoryName: string }[];
    }
  | {
      mode: "visitor";
      actions: Actions;
      propertySlug: string;
      units: { id: string; label: string }[];
      unitId?: string;
    }
);

export function RequestForm(props: Props) {
  const { categories, idempotencyKey, hotline, targets } = props;
  const { t } = useI18n();
  const [submitState, action, pending] = useActionState<RequestFormState, FormData>(props.actions.submit, {});
  const [fixedState, fixedAction, fixedPending] = useActionState<RequestFormState, FormData>(props.actions.fixed, {});
  // A visitor is never offered to add to an open request (DESIGN.md §3): their form has no such action.
  const [addState, addAction, addPending] = useActionState<RequestFormState, FormData>(
    props.mode === "tenant" ? props.actions.addToExisting : props.actions.submit,
    {},
  );
  const state = [addState, fixedState, submitState].find((s) => s.message) ?? submitState;
  const v = state.values ?? {};
  // A refusal's message next to a field goes once the tenant changes that field (the server checks again on send).
  const [edited, setEdited] = useState<{ of: RequestFormState; names: Set<string> }>({ of: state, names: new Set() });
  const changed = edited.of === state ? edited.names : new Set<string>();
  const e: FieldErrors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).filter(([k]) => !changed.has(k)));
  const markEdited = (name: string) =>
    name && !changed.has(name) && setEdited({ of: state, names: new Set([...changed, name]) });
  const [categoryId, setCategoryId] = useState(v.categoryId ?? "");
  // Watched (not controlled) so the hotline appears as soon as the words or the choice say emergency.
  const [severity, setSeverity] = useState(v.severity ?? "");
  const [text, setText] = useState(v.description ?? "");
  const [uploading, setUploading] = useState(false); // photos on their way: sending now would leave them out
  const pickerLabels = Object.fromEntries(
    Object.keys(PHOTO_PICKER_LABELS_EN).map((k) => [
      k,
      k === "label"
        ? t("form.photos")
        : k === "hint"
          ? t("form.photosHint")
          : t(`picker.${k as Exclude<keyof PhotoPickerLabels, "label" | "hint">}`),
    ]),
  ) as PhotoPickerLabels;
  const detected = detectEmergency(text);
  const showEmergency = severity === "EMERGENCY" || detected.emergency;
  const tips = categories.find((c) => c.id === categoryId)?.tips ?? [];
  const twin = props.mode === "tenant" ? props.openRequests.find((r) => r.categoryId === categoryId) : undefined;
  return (
    <form
      action={action}
      className="space-y-6"
      noValidate
      onChange={(ev) => markEdited((ev.target as unknown as { name?: string }).name ?? "")}
    >
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
      <FormMessage message={state.message} ok={state.ok} />
      <FieldError id="idempotencyKey-error" errors={e.idempotencyKey} />
      {props.mode === "tenant" ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">
          {t("form.unit")} <strong>{props.unitLabel}</strong>
        </p>
      ) : (
        <div>
          <input type="hidden" name="propertySlug" value={props.propertySlug} />
          <label htmlFor="unitId" className={label}>
            {t("form.yourUnit")}
          </label>
          <select
            key={v.unitId ?? ""}
            id="unitId"
            name="unitId"
            defaultValue={v.unitId ?? props.unitId ?? ""}
            className={input}
            aria-invalid={!!e.unitId}
            aria-describedby={e.unitId ? "unitId-error" : undefined}
          >
            <option value="" disabled>
              {t("form.chooseUnit")}
            </option>
            {props.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
          <FieldError id="unitId-error" errors={e.unitId} />
        </div>
      )}

      <fieldset aria-describedby={e.categoryId ? "categoryId-error" : undefined}>
        <legend className={label}>{t("form.category")}</legend>
        <div className="mt-2 grid gap-2">
          {categories.map((c) => (
            <label
              key={c.id}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-brand has-[:checked]:bg-teal-50"
            >
              <input
                type="radio"
                name="categoryId"
                value={c.id}
                defaultChecked={v.categoryId === c.id}
                onChange={() => setCategoryId(c.id)}
                className="mt-1 size-5 shrink-0"
              />
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
        <legend className={label}>{t("form.severity")}</legend>
        <div className="mt-2 grid gap-2">
          {SEVERITIES.map((s) => (
            <label
              key={s}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-brand has-[:checked]:bg-teal-50"
            >
              <input
                type="radio"
                name="severity"
                value={s}
                defaultChecked={v.severity === s}
                onChange={() => setSeverity(s)}
                className="mt-1 size-5 shrink-0"
              />
              <span>
                <span className="block font-semibold">{t(`priority.${s}`)}</span>
                <span className="block text-sm text-slate-600">
                  {t(`severity.${s}.definition`, {
                    response: t(durationWords(targets[s].responseMinutes, targets[s].businessTime)),
                    resolution: t(durationWords(targets[s].resolutionMinutes, targets[s].businessTime)),
                  })}
                </span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="severity-error" errors={e.severity} />
        <p className="mt-2 text-sm text-red-800">
          {t("form.gasWarningBefore")}{" "}
          <a className="font-semibold underline" href={`tel:${hotline.replace(/[^\d+]/g, "")}`}>
            {hotline}
          </a>
          {t("form.gasWarningAfter")}
        </p>
      </fieldset>
      {showEmergency && <EmergencyHelp hotline={hotline} kinds={detected.kinds} />}
      {twin && (
        <section aria-labelledby="twin-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="twin-heading" className="font-semibold">
            {t("form.twinTitle", { category: twin.categoryName.toLowerCase(), number: String(twin.trackingNumber) })}
          </h2>
          <p className="mt-1 text-sm">{t("form.twinBody")}</p>
          <input type="hidden" name="existingTrackingNumber" value={twin.trackingNumber} />
          <button
            formAction={addAction}
            formNoValidate
            disabled={addPending}
            className="mt-3 min-h-11 rounded-md border border-amber-500 bg-white px-4 text-sm font-semibold hover:bg-amber-100"
          >
            {t("form.twinAdd", { number: String(twin.trackingNumber) })}
          </button>
        </section>
      )}
      {!showEmergency && tips.length > 0 && (
        <section aria-labelledby="tips-heading" className="rounded-lg border border-sky-200 bg-sky-50 p-4">
          <h2 id="tips-heading" className="font-semibold">
            {t("form.tipsTitle")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {tips.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <button
            formAction={fixedAction}
            formNoValidate
            className="mt-3 min-h-11 rounded-md border border-sky-400 bg-white px-4 text-sm font-semibold hover:bg-sky-100"
            disabled={fixedPending}
          >
            {t("form.tipsFixed")}
          </button>
        </section>
      )}

      <div>
        <label htmlFor="description" className={label}>
          {t("form.description")}
        </label>
        <p id="description-hint" className="text-sm text-slate-600">
          {t("form.descriptionHint")}
        </p>
        <textarea
          id="description"
          name="description"
          rows={5}
          defaultValue={v.description}
          onChange={(ev) => setText(ev.target.value)}
          maxLength={DESCRIPTION_MAX * 5}
          className={input}
          aria-invalid={!!e.description}
          aria-describedby={`description-hint${e.description ? " description-error" : ""}`}
        />
        <FieldError id="description-error" errors={e.description} />
      </div>

      <PhotoPicker
        idempotencyKey={v.idempotencyKey || idempotencyKey}
        propertySlug={props.mode === "visitor" ? props.propertySlug : undefined}
        kept={state.kept ?? []}
        errors={e.photos}
        labels={pickerLabels}
        onBusyChange={setUploading}
      />

      {props.mode === "tenant" ? (
        <AccessFields defaults={props.access} values={state.values} errors={e} reveal={props.actions.revealOwnCode} />
      ) : (
        <VisitorFields values={state.values} errors={e} />
      )}

      <button className={`${button} w-full`} disabled={pending || uploading}>
        {pending ? t("common.sending") : t("form.submit")}
      </button>
    </form>
  );
}
