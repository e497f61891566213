"use client";
// Client components read the page's language from here. The page sends only the strings its client
// components use (ClientStrings, components/i18n/client-strings.tsx): a provider adds its slice to
// the one around it, so the layout's shared strings and a page's own meet in one dictionary.
import { createContext, useContext, useMemo } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Messages, type T } from "@/lib/i18n/translate";

const I18n = createContext<{ t: T; locale: Locale; messages: Partial<Messages> } | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Partial<Messages>;
  children: React.ReactNode;
}) {
  const outer = useContext(I18n);
  const value = useMemo(() => {
    const all = outer ? { ...outer.messages, ...messages } : messages;
    return { t: translator(locale, all as Messages), locale, messages: all };
  }, [outer, locale, messages]);
  return <I18n.Provider value={value}>{children}</I18n.Provider>;
}

export function useI18n() {
  const v = useContext(I18n);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}
