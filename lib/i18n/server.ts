// The reader's language on the server: pages, layouts and actions call getT().
import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";
import { translator, type Messages, type T } from "@/lib/i18n/translate";

export async function getLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
}

export async function getT(): Promise<{ t: T; locale: Locale; messages: Messages }> {
  const locale = await getLocale();
  return { t: translator(locale, DICTIONARIES[locale]), locale, messages: DICTIONARIES[locale] };
}

/** For route handlers: the language of this request, read from the request itself. */
export function tForRequest(req: Request): T {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`).exec(req.headers.get("cookie") ?? "")?.[1];
  const locale = negotiateLocale(cookie, req.headers.get("accept-language"));
  return translator(locale, DICTIONARIES[locale]);
}
