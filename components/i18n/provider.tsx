"use client";
// Client components read the page's language from here; the layout passes the one dictionary
// the reader needs (a few KB in the page payload, no extra JavaScript).
import { createContext, useContext, useMemo } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Messages, type T } from "@/lib/i18n/translate";

const I18n = createContext<{ t: T; locale: Locale } | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: React.ReactNode;
}) {
  const value = useMemo(() => ({ t: translator(locale, messages), locale }), [locale, messages]);
  return <I18n.Provider value={value}>{children}</I18n.Provider>;
}

export function useI18n() {
  const v = useContext(I18n);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}
