"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/** The language switch: remembered for a year on this browser; the page the reader was on reloads in it. */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = String(formData.get("returnTo") ?? "/");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 86_400, sameSite: "lax", httpOnly: true });
  }
  redirect(back.startsWith("/") && !back.startsWith("//") && !back.includes("\\") ? back : "/");
}
