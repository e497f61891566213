// The reader's language on the server: pages, layouts and actions call getT().
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { languageOnFile, PATH_HEADER } from "@/lib/i18n/on-file";
import { DICTIONARIES } from "@/lib/i18n/dictionaries";
import { translator, type Messages, type T } from "@/lib/i18n/translate";

/**
 * The reader's choice (the switch's cookie), else the language they have on file for this page (a
 * vendor's link, a technician's jobs: on-file.ts), else the browser's. Once per request: the root
 * layout (`<html lang>`), the page and its components all agree.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const [c, h] = await Promise.all([cookies(), headers()]);
  const chosen = c.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const onFile = await languageOnFile(h.get(PATH_HEADER) ?? "", (name) => c.get(name)?.value);
  return negotiateLocale(onFile, h.get("accept-language"));
});

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
