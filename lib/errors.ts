// Domain errors carry a code and a message fit to show; anything else is logged and shown generically.
// Messages are keys of lib/i18n/messages (with their slots), so each reader sees them in their language.
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Msg, Vars } from "@/lib/i18n/translate";

export type ErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "STALE_VERSION"
  | "TRANSITION_NOT_ALLOWED"
  | "ROLE_NOT_ALLOWED"
  | "CALLBACK_WINDOW_PASSED"
  | "INVALID_INPUT"
  | "IDEMPOTENCY_KEY_REUSED"
  | "RATE_LIMITED"
  | "VENDOR_BLOCKED"; // insurance or licence expired: assigning needs a logged override

export type FieldErrors = Record<string, (Msg | string)[] | undefined>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: MessageKey | string,
    readonly fieldErrors?: FieldErrors,
    readonly vars?: Vars,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "err.NOT_FOUND");
export const stale = () => new AppError("STALE_VERSION", "err.STALE_VERSION");
export const invalidField = (field: string, message: MessageKey | string) =>
  new AppError("INVALID_INPUT", "common.checkField", { [field]: [message] });

export type ActionState = {
  ok?: boolean;
  message?: Msg | string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

/** Turns a thrown error into form state: domain errors keep their message, others are logged. */
export function toActionState(err: unknown): ActionState {
  if (err instanceof AppError) {
    return {
      ok: false,
      message: err.vars ? { key: err.message as MessageKey, vars: err.vars } : err.message,
      fieldErrors: err.fieldErrors,
    };
  }
  const ref = Math.random().toString(36).slice(2, 10);
  console.error(`[error ${ref}]`, err);
  return { ok: false, message: { key: "common.somethingWrong", vars: { ref } } };
}
