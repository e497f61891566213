// Domain errors carry a code and a message fit to show; anything else is logged and shown generically.
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
  | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "request") => new AppError("NOT_FOUND", `This ${what} does not exist or is not yours to see.`);
export const stale = () =>
  new AppError("STALE_VERSION", "This request changed since you opened it. Nothing was overwritten: review the latest version and try again.");

export type ActionState = { ok?: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/** Turns a thrown error into form state: domain errors keep their message, others are logged. */
export function toActionState(err: unknown): ActionState {
  if (err instanceof AppError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
  const id = Math.random().toString(36).slice(2, 10);
  console.error(`[error ${id}]`, err);
  return { ok: false, message: `Something went wrong on our side (reference ${id}). Nothing was saved; please try again.` };
}
