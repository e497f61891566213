"use client";

import { useI18n } from "@/components/i18n/provider";
import { useActionState } from "react";
import { requestLinkAction } from "@/lib/actions/sign-in";
import { FieldError, FormMessage } from "@/components/ui/field-error";
import { button, input, label } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<ActionState, FormData>(requestLinkAction, {});
  const err = state.fieldErrors?.email;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div>
        <label htmlFor="email" className={label}>
          {t("signIn.email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          className={input}
          aria-invalid={!!err}
          aria-describedby={err ? "email-error" : undefined}
        />
        <FieldError id="email-error" errors={err} />
      </div>
      <button className={`${button} w-full`} disabled={pending}>
        {pending ? t("common.sending") : t("signIn.submit")}
      </button>
    </form>
  );
}
