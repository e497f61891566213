"use client";

import { useActionState } from "react";
import {
  addPhotosAction,
  rateAction,
  rescheduleRequestAction,
  tenantConfirmAction,
  tenantMessageAction,
  updateCodesAction,
} from "@/lib/actions/tenant-requests";
import { useI18n } from "@/components/i18n/provider";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

/** On the tracking page, forms carry the link's token: it is who the holder is. */
export const LinkToken = ({ token }: { token?: string }) =>
  token ? <input type="hidden" name="token" value={token} /> : null;

export function TenantMessageForm({ trackingNumber, token }: { trackingNumber: number; token?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(tenantMessageAction, {});
  const err = state.fieldErrors?.body;
  return (
    <form action={action} className="mt-8 space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <LinkToken token={token} />
      <label htmlFor="body" className={label}>
        {t("actions.messageLabel")}
      </label>
      <p id="body-who" className="text-sm text-slate-600">
        {t("actions.messageWho")}
      </p>
      <textarea
        id="body"
        name="body"
        rows={3}
        defaultValue={state.ok ? "" : state.values?.body}
        className={input}
        aria-invalid={!!err}
        aria-describedby={err ? "body-who body-error" : "body-who"}
      />
      <FieldError id="body-error" errors={err} />
      <button className={buttonSecondary} disabled={pending}>
        {t("actions.sendMessage")}
      </button>
    </form>
  );
}

/** "Can't make this time?": the tenant proposes times; a manager or the vendor sets the new window. */
export function RescheduleForm({
  trackingNumber,
  version,
  pending: asked,
  token,
}: {
  trackingNumber: number;
  version: number;
  pending: string | null;
  token?: string;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(rescheduleRequestAction, {});
  const e = state.fieldErrors ?? {};
  if (asked)
    return (
      <p role="status" className="mt-6 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm">
        {t("actions.reschedulePending", { times: asked })}
      </p>
    );
  return (
    <details
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
      open={!!state.fieldErrors || !!state.message}
    >
      <summary className="min-h-8 cursor-pointer font-semibold">{t("actions.rescheduleTitle")}</summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        <FormMessage message={state.message} ok={state.ok} />
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <LinkToken token={token} />
        <input type="hidden" name="version" value={version} />
        <div>
          <label htmlFor="reschedule-times" className={label}>
            {t("actions.rescheduleTimes")}
          </label>
          <p id="reschedule-times-hint" className="text-sm text-slate-600">
            {t("actions.rescheduleTimesHint")}
          </p>
          <input
            id="reschedule-times"
            name="times"
            className={input}
            aria-invalid={!!e.times}
            aria-describedby={`reschedule-times-hint${e.times ? " reschedule-times-error" : ""}`}
          />
          <FieldError id="reschedule-times-error" errors={e.times} />
        </div>
        <div>
          <label htmlFor="reschedule-reason" className={label}>
            {t("actions.rescheduleReason")}
          </label>
          <input
            id="reschedule-reason"
            name="reason"
            className={input}
            aria-invalid={!!e.reason}
            aria-describedby={e.reason ? "reschedule-reason-error" : undefined}
          />
          <FieldError id="reschedule-reason-error" errors={e.reason} />
        </div>
        <button className={buttonSecondary} disabled={pending}>
          {t("actions.reschedule")}
        </button>
      </form>
    </details>
  );
}

export function TenantConfirmForm({
  trackingNumber,
  version,
  token,
}: {
  trackingNumber: number;
  version: number;
  token?: string;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(tenantConfirmAction, {});
  const err = state.fieldErrors?.reason;
  return (
    <section aria-labelledby="confirm-heading" className="mt-6 rounded-lg border-2 border-green-600 bg-green-50 p-4">
      <h2 id="confirm-heading" className="text-lg font-semibold">
        {t("actions.resolvedTitle")}
      </h2>
      <FormMessage message={state.message} ok={state.ok} />
      <form action={action} className="mt-3">
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <LinkToken token={token} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="answer" value="fixed" />
        <button className={`${button} w-full`} disabled={pending}>
          {t("actions.yesFixed")}
        </button>
      </form>
      <form action={action} className="mt-4 space-y-2" noValidate>
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <LinkToken token={token} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="answer" value="not-fixed" />
        <label htmlFor="not-fixed-reason" className={label}>
          {t("actions.notFixedLabel")}
        </label>
        <input
          id="not-fixed-reason"
          name="reason"
          className={input}
          aria-invalid={!!err}
          aria-describedby={err ? "not-fixed-reason-error" : undefined}
        />
        <FieldError id="not-fixed-reason-error" errors={err} />
        <button className={buttonSecondary} disabled={pending}>
          {t("actions.notFixed")}
        </button>
      </form>
    </section>
  );
}

export function RateForm({ trackingNumber, token }: { trackingNumber: number; token?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(rateAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <LinkToken token={token} />
      <fieldset aria-describedby={e.rating ? "rating-error" : undefined}>
        <legend className="text-lg font-semibold">{t("actions.rateTitle")}</legend>
        <div className="mt-2 flex gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label
              key={n}
              className="flex min-h-12 min-w-12 cursor-pointer flex-col items-center justify-center rounded-md border border-slate-300 px-2 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50"
            >
              <input
                type="radio"
                name="rating"
                value={n}
                className="sr-only"
                aria-label={n === 1 ? t("actions.star") : t("actions.stars", { n })}
              />
              <span aria-hidden="true" className="text-xl">
                {"★".repeat(n)}
              </span>
            </label>
          ))}
        </div>
        <FieldError id="rating-error" errors={e.rating} />
      </fieldset>
      <label htmlFor="comment" className={label}>
        {t("actions.comment")}
      </label>
      <textarea
        id="comment"
        name="comment"
        rows={2}
        className={input}
        aria-invalid={!!e.comment}
        aria-describedby={e.comment ? "comment-error" : undefined}
      />
      <FieldError id="comment-error" errors={e.comment} />
      <button className={buttonSecondary} disabled={pending}>
        {t("actions.sendRating")}
      </button>
    </form>
  );
}

/** Something new to show after reporting. A plain file input posted with the form, so it works before JavaScript too. */
export function AddPhotosForm({ trackingNumber, token }: { trackingNumber: number; token?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(addPhotosAction, {});
  const err = state.fieldErrors?.photos;
  return (
    <form action={action} className="mt-6 space-y-2 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <LinkToken token={token} />
      <label htmlFor="more-photos" className={label}>
        {t("actions.addPhotos")}
      </label>
      <p id="more-photos-hint" className="text-sm text-slate-600">
        {t("actions.addPhotosHint")}
      </p>
      <input
        id="more-photos"
        name="photos"
        type="file"
        multiple
        accept="image/*,video/mp4,video/quicktime,video/webm"
        aria-invalid={!!err}
        aria-describedby={`more-photos-hint${err ? " more-photos-error" : ""}`}
        className="block w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold"
      />
      <FieldError id="more-photos-error" errors={err} />
      <button className={buttonSecondary} disabled={pending}>
        {pending ? t("common.sending") : t("actions.sendPhotos")}
      </button>
    </form>
  );
}

/** "Changed a code?": new gate or lockbox code for this visit (never shown back); the next reveal shows it. */
export function AccessCodesForm({
  trackingNumber,
  token,
  signedIn,
}: {
  trackingNumber: number;
  token?: string;
  signedIn: boolean;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(updateCodesAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <details
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
      open={!!state.fieldErrors || !!state.message}
    >
      <summary className="min-h-8 cursor-pointer font-semibold">{t("codes.title")}</summary>
      <form action={action} className="mt-3 space-y-3" noValidate autoComplete="off">
        <FormMessage message={state.message} ok={state.ok} />
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <LinkToken token={token} />
        <p id="codes-hint" className="text-sm text-slate-600">
          {t("codes.hint")}
        </p>
        {(["gateCode", "lockboxCode"] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`new-${k}`} className={label}>
              {t(k === "gateCode" ? "codes.gate" : "codes.lockbox")}
            </label>
            <input
              id={`new-${k}`}
              name={k}
              type="text"
              inputMode="text"
              className={input}
              aria-invalid={!!e[k]}
              aria-describedby={e[k] ? `new-${k}-error` : "codes-hint"}
            />
            <FieldError id={`new-${k}-error`} errors={e[k]} />
          </div>
        ))}
        {signedIn && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="saveToProfile" defaultChecked className="h-5 w-5" /> {t("codes.save")}
          </label>
        )}
        <button className={buttonSecondary} disabled={pending}>
          {t("codes.submit")}
        </button>
      </form>
    </details>
  );
}
