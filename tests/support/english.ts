// What a message key reads like in English: rule tests assert the words a tenant sees.
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { localizeState, translator, type Msg, type Vars } from "@/lib/i18n/translate";

export const english = translator("en", en) as (m: Msg | string) => string;

/** The English text of what `p` was refused with (its error's message key, with its slots). */
export const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "accepted",
    (e: { msg?: Msg; message: string; vars?: Vars }) =>
      english(e.msg ?? (e.vars ? { key: e.message as MessageKey, vars: e.vars } : e.message)),
  );

/** An action's answer with its message and field errors read in English (keys with their slots). */
export const inEnglish = <
  S extends { message?: Msg | string; fieldErrors?: Record<string, (Msg | string)[] | undefined> },
>(
  state: S,
) => localizeState(state, english);
