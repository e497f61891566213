"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { deliverDueMessages } from "@/lib/outbox/deliver";
import { z } from "zod";
import { sessionCookieName, signIn, signOut } from "@/lib/auth/auth";
import { secureCookies } from "@/lib/auth/cookies";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/adapter";
import { homeFor } from "@/lib/auth/session";
import { randomToken, sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { demoAllowed } from "@/lib/demo";
import { toActionState, type ActionState } from "@/lib/errors";
import { env } from "@/lib/env";
import { rateLimit } from "@/lib/rate-limit";
import { sameOriginPath } from "@/lib/same-origin-path";
import { requestTime } from "@/lib/actions/request-time";

const emailSchema = z.object({
  email: z.email({ message: "signIn.emailInvalid" }).transform((e) => e.toLowerCase()),
  callbackUrl: z.string().optional(),
});

const safePath = (p?: string) => (p ? sameOriginPath(p, env().PUBLIC_URL) : "/after-sign-in");

export async function requestLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = emailSchema.safeParse({
    email: formData.get("email"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return { ok: false, fieldErrors: { email: parsed.error.issues.map((i) => i.message) } };
  try {
    // 5 links per email address per 15 minutes: enough for a typo or a slow inbox, useless for
    // flooding one inbox; 60 per client address (the socket's, scripts/server.mjs) for many inboxes.
    const now = requestTime();
    await rateLimit(`signin:${parsed.data.email}`, 5, 15 * 60, now);
    await rateLimit(`signin:ip:${(await headers()).get("x-forwarded-for") ?? "unknown"}`, 60, 15 * 60, now);
    await signIn("email", { email: parsed.data.email, redirect: false, redirectTo: safePath(parsed.data.callbackUrl) });
    // Someone is waiting for this email: it goes now, ahead of whatever else the outbox holds.
    const recipient = parsed.data.email;
    after(() =>
      deliverDueMessages(new Date() /* runs after the response: its own moment */, {
        only: { template: "sign-in", recipient },
      }).catch((err) => console.error("[outbox]", err)),
    );
  } catch (err) {
    return toActionState(err);
  }
  redirect(`/sign-in/check-email?email=${encodeURIComponent(parsed.data.email)}`);
}

/** Demo mode only: sign in as a demo user with one click (the session row is ours to write). */
export async function demoSignInAction(formData: FormData): Promise<void> {
  if (!demoAllowed()) redirect("/sign-in");
  const user = await db().user.findFirst({ where: { id: String(formData.get("userId") ?? ""), disabledAt: null } });
  if (!user) redirect("/sign-in");
  const token = randomToken();
  const now = requestTime(); // the absolute cap counts from createdAt
  const expires = new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000);
  await db().session.create({ data: { sessionToken: sha256(token), userId: user.id, expires, createdAt: now } });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    expires,
  });
  redirect(homeFor(user.role));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
