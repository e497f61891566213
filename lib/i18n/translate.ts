// Messages are flat keys with {named} slots. A message can travel from the domain layer to a page
// as a key (a string) or as { key, vars }; whatever is not a known key is shown as it is (a name,
// a description the tenant typed, data an admin entered).
// No dictionary is imported here, so client components that translate ship no dictionary code.
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Locale } from "@/lib/i18n/locales";

export type Vars = Record<string, string | number>;
export type Msg = MessageKey | { key: MessageKey; vars?: Vars };
export type Messages = Record<MessageKey, string>;

export const msg = (key: MessageKey, vars?: Vars): Msg => (vars ? { key, vars } : key);

const isKeyOf = (messages: Messages, s: string): s is MessageKey => Object.prototype.hasOwnProperty.call(messages, s);

export function interpolate(
  template: string,
  vars?: Vars,
  locale = "en",
  lookup: (s: string) => string = (s) => s,
): string {
  if (!vars) return template;
  const number = (v: number) => v.toLocaleString(locale === "es" ? "es-US" : "en-US");
  // {days:# day|# days}: the first form for exactly 1, the second otherwise; # is the number.
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const v = vars[name];
      if (typeof v !== "number") return whole;
      return (v === 1 ? one : other).replace(/#/g, number(v));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = vars[name];
      if (v === undefined) return whole;
      return typeof v === "number" ? number(v) : lookup(v);
    });
}

export type T = (m: Msg | string, vars?: Vars) => string;

export function translator(locale: Locale, messages: Messages): T {
  // A slot's value may itself be a key ("status.NEW"); a name or a typed text is left alone.
  const lookup = (s: string) => (isKeyOf(messages, s) ? messages[s] : s);
  return (m, vars) => {
    if (typeof m === "object") return interpolate(messages[m.key] ?? m.key, m.vars, locale, lookup);
    if (isKeyOf(messages, m)) return interpolate(messages[m], vars, locale, lookup);
    return m;
  };
}

/** Turns an action's message and field errors (keys or text) into the reader's language. */
export function localizeState<
  S extends { message?: Msg | string; fieldErrors?: Record<string, (Msg | string)[] | undefined> },
>(state: S, t: T) {
  return {
    ...state,
    message: state.message === undefined ? undefined : t(state.message),
    fieldErrors:
      state.fieldErrors &&
      Object.fromEntries(Object.entries(state.fieldErrors).map(([k, v]) => [k, v?.map((e) => t(e))])),
  };
}

/**
 * A zod issue's message: its key, with the slots a custom issue carries in `params.vars`
 * (`ctx.addIssue({ code: "custom", message: "settings.v.between", params: { vars: { min, max } } })`).
 */
export function issueMsg(issue: { code: string; message: string; params?: unknown }): Msg | string {
  const vars = issue.code === "custom" ? (issue.params as { vars?: Vars } | undefined)?.vars : undefined;
  return vars ? { key: issue.message as MessageKey, vars } : issue.message;
}
