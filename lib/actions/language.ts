"use server";
// The language switch: remembered for a year on this browser; the page the reader was on reloads in
// it. Who: anyone; a signed-in person's choice is also their language for emails and texts.
import { cookies } from "next/headers";
import { z } from "zod";
import { currentActor, type Actor } from "@/lib/auth/session";
import { asActor } from "@/lib/audit/as-actor";
import { env } from "@/lib/env";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { sameOriginPath } from "@/lib/same-origin-path";
import { secureCookies } from "@/lib/auth/cookies";
import { plainAction, type Gate } from "@/lib/actions/define";

/** Anyone: the signed-in person when there is one, else nobody in particular. */
const reader: Gate<Actor | null> = () => currentActor();

export const setLanguageAction = plainAction({
  who: reader,
  input: z.object({ locale: z.string().optional(), returnTo: z.string().default("/") }),
  run: async ({ caller, input: { locale, returnTo }, now }) => {
    if (isLocale(locale)) {
      (await cookies()).set(LOCALE_COOKIE, locale, {
        path: "/",
        maxAge: 365 * 86_400,
        sameSite: "lax",
        httpOnly: true,
        secure: secureCookies(),
      });
      if (caller)
        await asActor(caller, now, (tx) => tx.user.update({ where: { id: caller.userId }, data: { locale } }));
    }
    return { redirect: sameOriginPath(returnTo, env().PUBLIC_URL) };
  },
});
