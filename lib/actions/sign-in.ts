"use server";
// Signing in and out. Who: anyone (the sign-in link is rate-limited per address and per client);
// the demo's one-click sign-in only where the demo is allowed.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { sessionCookieName, signIn, signOut } from "@/lib/auth/auth";
import { secureCookies } from "@/lib/auth/cookies";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/adapter";
import { homeFor } from "@/lib/auth/session";
import { randomToken, sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { demoAllowed } from "@/lib/demo";
import { env } from "@/lib/env";
import { addressKey, rateLimit } from "@/lib/rate-limit";
import { sameOriginPath } from "@/lib/same-origin-path";
import { anyone, formAction, plainAction, type Gate } from "@/lib/actions/define";

const safePath = (p?: string) => (p ? sameOriginPath(p, env().PUBLIC_URL) : "/after-sign-in");

export const requestLinkAction = formAction({
  who: anyone,
  input: z.object({
    email: z.email({ message: "signIn.emailInvalid" }).transform((e) => e.toLowerCase()),
    callbackUrl: z.string().optional(),
  }),
  run: async ({ input: { email, callbackUrl }, now }) => {
    // 5 links per email address per 15 minutes: enough for a typo or a slow inbox, useless for
    // flooding one inbox; 60 per client address (the socket's, scripts/server.mjs) for many inboxes.
    await rateLimit(`signin:${email}`, 5, 15 * 60, now);
    await rateLimit(
      `signin:ip:${addressKey((await headers()).get("x-forwarded-for")?.split(",")[0])}`,
      60,
      15 * 60,
      now,
    );
    await signIn("email", { email, redirect: false, redirectTo: safePath(callbackUrl) });
    // Someone is waiting for this email: it goes now, ahead of whatever else the outbox holds.
    after(() =>
      deliverDueMessages(new Date() /* runs after the response: its own moment */, {
        only: { template: "sign-in", recipient: email },
      }).catch((err) => console.error("[outbox]", err)),
    );
    return { redirect: `/sign-in/check-email?email=${encodeURIComponent(email)}` };
  },
});

/** Anyone, but only where the demo is allowed; elsewhere back to the real sign-in. */
const demoVisitor: Gate<null> = async () => {
  if (!demoAllowed()) redirect("/sign-in");
  return null;
};

/** Demo mode only: sign in as a demo user with one click (the session row is ours to write). */
export const demoSignInAction = plainAction({
  who: demoVisitor,
  input: z.object({ userId: z.string().default("") }),
  run: async ({ input, now }) => {
    const user = await db().user.findFirst({ where: { id: input.userId, disabledAt: null } });
    if (!user) return { redirect: "/sign-in" };
    const token = randomToken();
    // the absolute cap counts from createdAt
    const expires = new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000);
    await db().session.create({ data: { sessionToken: sha256(token), userId: user.id, expires, createdAt: now } });
    (await cookies()).set(sessionCookieName(), token, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      path: "/",
      expires,
    });
    return { redirect: homeFor(user.role) };
  },
});

/** Anyone may sign out (signing out with no session changes nothing). */
export const signOutAction = plainAction({
  who: anyone,
  input: z.object({}),
  run: async () => {
    await signOut({ redirectTo: "/" });
  },
});
