"use client";

import { useActionState } from "react";
import { rateAction, tenantConfirmAction, tenantMessageAction } from "@/app/(tenant)/requests/actions";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

export function TenantMessageForm({ trackingNumber }: { trackingNumber: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(tenantMessageAction, {});
  const err = state.fieldErrors?.body;
  return (
    <form action={action} className="mt-8 space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <label htmlFor="body" className={label}>Message your property manager</label>
      <textarea id="body" name="body" rows={3} className={input} aria-invalid={!!err} aria-describedby={err ? "body-error" : undefined} />
      <FieldError id="body-error" errors={err} />
      <button className={buttonSecondary} disabled={pending}>Send message</button>
    </form>
  );
}

export function TenantConfirmForm({ trackingNumber, version }: { trackingNumber: number; version: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(tenantConfirmAction, {});
  const err = state.fieldErrors?.reason;
  return (
    <section aria-labelledby="confirm-heading" className="mt-6 rounded-lg border-2 border-green-600 bg-green-50 p-4">
      <h2 id="confirm-heading" className="text-lg font-semibold">Is the problem resolved?</h2>
      <FormMessage message={state.message} ok={state.ok} />
      <form action={action} className="mt-3">
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="answer" value="fixed" />
        <button className={`${button} w-full`} disabled={pending}>Yes, it&apos;s fixed</button>
      </form>
      <form action={action} className="mt-4 space-y-2" noValidate>
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="answer" value="not-fixed" />
        <label htmlFor="not-fixed-reason" className={label}>Not fixed? Tell us what is still wrong</label>
        <input id="not-fixed-reason" name="reason" className={input} aria-invalid={!!err} aria-describedby={err ? "not-fixed-reason-error" : undefined} />
        <FieldError id="not-fixed-reason-error" errors={err} />
        <button className={buttonSecondary} disabled={pending}>No, it&apos;s still a problem</button>
      </form>
    </section>
  );
}

export function RateForm({ trackingNumber }: { trackingNumber: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(rateAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <fieldset aria-describedby={e.rating ? "rating-error" : undefined}>
        <legend className="text-lg font-semibold">How did we do?</legend>
        <div className="mt-2 flex gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex min-h-12 min-w-12 cursor-pointer flex-col items-center justify-center rounded-md border border-slate-300 px-2 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50">
              <input type="radio" name="rating" value={n} className="sr-only" aria-label={`${n} star${n > 1 ? "s" : ""}`} />
              <span aria-hidden="true" className="text-xl">{"★".repeat(n)}</span>
            </label>
          ))}
        </div>
        <FieldError id="rating-error" errors={e.rating} />
      </fieldset>
      <label htmlFor="comment" className={label}>Anything to add? (optional)</label>
      <textarea id="comment" name="comment" rows={2} className={input} aria-invalid={!!e.comment} aria-describedby={e.comment ? "comment-error" : undefined} />
      <FieldError id="comment-error" errors={e.comment} />
      <button className={buttonSecondary} disabled={pending}>Send rating</button>
    </form>
  );
}
