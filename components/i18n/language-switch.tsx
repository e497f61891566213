"use client";
// Two buttons in a real form, so switching works before the scripts arrive; the page's own
// address is in the HTML from the server render.
import { usePathname, useSearchParams } from "next/navigation";
import { setLanguageAction } from "@/lib/actions/language";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { useI18n } from "./provider";

export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const path = usePathname();
  const query = useSearchParams().toString();
  return (
    <form action={setLanguageAction} aria-label={t("common.language")} className="flex items-center gap-1 text-sm">
      <input type="hidden" name="returnTo" value={query ? `${path}?${query}` : path} />
      {LOCALES.map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className="min-h-9 rounded px-2 py-1 text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
