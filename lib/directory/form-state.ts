// Helpers for the directory's thin actions: form → plain object, zod/domain errors → form state
// that keeps what was typed (minus secrets).
import type { z } from "zod";
import { toActionState } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/directory/schemas";

export type FormState = ReturnType<typeof toActionState> & { values?: Record<string, string> };

const SECRET = /code$/i;

export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries())
    if (typeof v === "string" && !k.startsWith("$") && !SECRET.test(k)) out[k] = v;
  return out;
}

export function invalid(error: z.ZodError, formData: FormData): FormState {
  return {
    ok: false,
    message: "common.checkFields",
    fieldErrors: fieldErrorsOf(error),
    values: formValues(formData),
  };
}

export function failed(err: unknown, formData: FormData): FormState {
  return { ...toActionState(err), values: formValues(formData) };
}
