// The one way a server action is written. Each states, in this order:
//   who    — who may call it: a permission (`staff("work-order:manage")`) or the link it needs
//            (`jobLink`, `follower`); it runs first, before anything is read from the form's files
//            or stored, so an anonymous caller causes no side effect;
//   input  — a zod schema over the form's fields; a refusal goes back as field errors next to the
//            fields, with what the user typed;
//   run    — the use case, given the caller, the parsed input and the request's `now`; it answers
//            where to go next (`{ redirect }`), or a state to show (`{ state }`), and what to revalidate.
// Domain errors thrown by `who` or `run` become form state (lib/errors.ts); nothing else is caught.
// Three shapes, one order: `formAction` (a form read with useActionState), `tapAction` (a button
// that wants a value back) and `plainAction` (a form that only navigates: sign-out, the language).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import type { Action } from "@/lib/auth/permissions";
import { AppError, toActionState, type ActionState, type FieldErrors } from "@/lib/errors";
import { issueMsg } from "@/lib/i18n/translate";
import { requestTime } from "@/lib/actions/request-time";

/** Resolves the caller from the request (session or the form's link token), or throws. */
export type Gate<C> = (formData: FormData, now: Date) => Promise<C>;

export type Outcome<S extends ActionState> = ({ redirect: string } | { state: S }) & {
  /** Paths to revalidate before answering (a layout path ends in "|layout"). */
  revalidate?: string[];
};

type Spec<C, I, F, S extends ActionState> = {
  who: Gate<C>;
  input: z.ZodType<I>;
  /** The raw object the schema reads; by default every text field of the form by its name. */
  read?: (formData: FormData) => unknown;
  /** Files posted with the form, opened and checked only once the caller is known. */
  files?: (ctx: { caller: C; formData: FormData; now: Date }) => Promise<{ value: F; fieldErrors?: FieldErrors }>;
  run: (ctx: { caller: C; input: I; files: F; now: Date; formData: FormData }) => Promise<Outcome<NoInfer<S>>>;
  /** Extra state merged into a refusal of a known caller (e.g. the drafts a form keeps). */
  onRefusal?: (ctx: {
    caller: C;
    files?: F;
    formData: FormData;
    now: Date;
    state: ActionState;
  }) => Promise<Partial<NoInfer<S>>>;
};

/** Anyone at all (public forms: sign-in, the QR report form); their input is still checked. */
export const anyone: Gate<null> = async () => null;

// The session module (and Auth.js behind it) is loaded only when a gate needs it, so the public
// forms' actions (the QR form, the owner's and the vendor's links) do not load it at all.
/** A signed-in person whose role may do `permission` (the one permission table). */
export const staff =
  (permission: Action): Gate<Actor> =>
  async () =>
    (await import("@/lib/auth/session")).requireActor(permission);

// Never echoed back into a page: link tokens and access codes.
const NOT_ECHOED = /^(\$|token$)|code$/i;

/** What the user typed, sent back with a refusal so the form keeps it (files cannot be refilled). */
export function typedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !NOT_ECHOED.test(k)) out[k] = v;
  return out;
}

/** Every text field by name (the first value of a repeated one). */
export function textFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}

/** A `read` for forms whose fields are always posted: every text field, and these as "" when absent. */
export function withBlanks(...names: string[]) {
  return (formData: FormData): Record<string, string> => ({
    ...textFields(formData),
    ...Object.fromEntries(names.map((k) => [k, String(formData.get(k) ?? "")])),
  });
}

/** zod issues as field errors keyed by the field's top-level name; the messages are message keys. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issueMsg(issue));
  }
  return out;
}

// Fields the page wrote, not the user (hidden inputs, a button's value, a row's checkbox): when only
// these fail, the page is out of date. A field the user chooses (a vendor, a category) is not here.
const HIDDEN = new Set([
  "trackingNumber",
  "version",
  "id",
  "to",
  "existingTrackingNumber",
  "estimateId",
  "decision",
  "item",
]);

function refusal(fieldErrors: FieldErrors): ActionState {
  if (Object.keys(fieldErrors).every((k) => HIDDEN.has(k))) return { ok: false, message: "common.outOfDate" };
  return {
    ok: false,
    message: Object.keys(fieldErrors).length > 1 ? "common.checkFields" : "common.checkField",
    fieldErrors,
  };
}

function revalidate(paths: string[] = []) {
  for (const path of paths) {
    const [p, kind] = path.split("|");
    if (kind === "layout") revalidatePath(p, "layout");
    else revalidatePath(p);
  }
}

export function formAction<C, I, S extends ActionState = ActionState, F = undefined>(spec: Spec<C, I, F, S>) {
  return async function action(_prev: S, formData: FormData): Promise<S> {
    const now = requestTime();
    let outcome: Outcome<S>;
    let caller: C | undefined;
    let files: F | undefined;
    const refuse = async (state: ActionState) => {
      const more = caller === undefined ? {} : await spec.onRefusal?.({ caller, files, formData, now, state });
      return { ...state, values: typedValues(formData), ...more } as S;
    };
    try {
      caller = await spec.who(formData, now);
      const parsed = spec.input.safeParse((spec.read ?? textFields)(formData));
      const posted = spec.files ? await spec.files({ caller, formData, now }) : undefined;
      files = posted?.value;
      const fieldErrors = { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error)), ...posted?.fieldErrors };
      if (!parsed.success || Object.keys(fieldErrors).length) return refuse(refusal(fieldErrors));
      outcome = await spec.run({ caller, input: parsed.data, files: files as F, now, formData });
    } catch (err) {
      return refuse(toActionState(err));
    }
    revalidate(outcome.revalidate);
    if ("redirect" in outcome) redirect(outcome.redirect);
    return outcome.state;
  };
}

/**
 * An action behind a button rather than a form (e.g. "Show code"): the same who → input → run, from
 * a FormData the component builds; it answers with the result, or `{ error }` as a message key.
 */
export function tapAction<C, I, R extends object>(spec: {
  who: Gate<C>;
  input: z.ZodType<I>;
  run: (ctx: { caller: C; input: I; now: Date }) => Promise<{ result: R; revalidate?: string[] }>;
}) {
  return async function action(formData: FormData): Promise<R | { error: string }> {
    const now = requestTime();
    try {
      const caller = await spec.who(formData, now);
      const parsed = spec.input.safeParse(textFields(formData));
      if (!parsed.success) return { error: "common.outOfDate" };
      const { result, revalidate: paths } = await spec.run({ caller, input: parsed.data, now });
      revalidate(paths);
      return result;
    } catch (err) {
      const state = toActionState(err);
      return { error: typeof state.message === "string" ? state.message : "common.somethingWrong" };
    }
  };
}

/**
 * A form that answers only by navigating or refreshing (sign-out, the language switch, a settings
 * row's "Move up"): `(formData) => Promise<void>`, with the same who → input → run. Nothing is
 * caught: a refused caller or an impossible input is an error page, as it is for any request that
 * no page of ours sends.
 */
export function plainAction<C, I>(spec: {
  who: Gate<C>;
  input: z.ZodType<I>;
  run: (ctx: { caller: C; input: I; now: Date }) => Promise<{ redirect?: string; revalidate?: string[] } | void>;
}) {
  return async function action(formData: FormData): Promise<void> {
    const now = requestTime();
    const caller = await spec.who(formData, now);
    const parsed = spec.input.safeParse(textFields(formData));
    if (!parsed.success) throw new AppError("INVALID_INPUT", "common.outOfDate");
    const outcome = (await spec.run({ caller, input: parsed.data, now })) ?? {};
    revalidate(outcome.revalidate);
    if (outcome.redirect) redirect(outcome.redirect);
  };
}
