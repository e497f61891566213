"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { sameOriginPath } from "@/lib/same-origin-path";
import { secureCookies } from "@/lib/auth/cookies";

/**
 * The language switch: remembered for a year on this browser; the page the reader was on reloads in
 * it. A signed-in person's choice is also their language for emails and texts.
 */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = String(formData.get("returnTo") ?? "/");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 86_400,
      sameSite: "lax",
      httpOnly: true,
      secure: secureCookies(),
    });
    const actor = await currentActor();
    if (actor) await db().user.update({ where: { id: actor.userId }, data: { locale } });
  }
  redirect(sameOriginPath(back, env().PUBLIC_URL));
}
