// Auth.js (next-auth v5): email magic links for every role, database sessions through our adapter.
// The emailed link opens our confirm page, whose button continues to Auth.js's callback: mail
// scanners open links with GET, and the callback spends its token on GET (next-auth#8737).
import { secureCookies } from "./cookies";
import { sameOriginPath } from "@/lib/same-origin-path";
import "server-only";
import NextAuth from "next-auth";
import { after } from "next/server";
import { randomToken } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { deliverDueMessages } from "@/lib/notifications/deliver";
import { enqueue } from "@/lib/notifications/outbox";
import { prismaAdapter, SESSION_IDLE_SECONDS } from "./adapter";

export const SIGN_IN_LINK_SECONDS = 10 * 60;

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-authjs.session-token" : "authjs.session-token";
}

export { secureCookies };

/** The link a person receives: our confirm page on the configured public URL, never the request's Host. */
export function confirmLink(authUrl: string): string {
  const u = new URL(authUrl);
  const link = new URL("/sign-in/confirm", env().PUBLIC_URL);
  for (const key of ["token", "email", "callbackUrl"]) {
    const v = u.searchParams.get(key);
    if (v) link.searchParams.set(key, key === "callbackUrl" ? sameOriginPath(v, env().PUBLIC_URL) : v);
  }
  return link.toString();
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  useSecureCookies: secureCookies(),
  adapter: prismaAdapter(),
  session: {
    strategy: "database",
    maxAge: SESSION_IDLE_SECONDS,
    updateAge: 3600,
    generateSessionToken: randomToken, // 256 bits; Auth.js's default UUID has 122
  },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: SIGN_IN_LINK_SECONDS,
      async sendVerificationRequest({ identifier, url }) {
        const user = await db().user.findFirst({ where: { email: identifier, disabledAt: null } });
        if (!user) return; // no account: say nothing different, send nothing
        // Auth.js calls this from the sign-in request: that request's wall clock is the entry point's now.
        const now = new Date();
        const dedupeKey = `signin:${user.id}:${now.getTime()}`;
        await db().$transaction(async (tx) =>
          enqueue(tx, {
            orgId: user.orgId,
            dedupeKey,
            channel: "EMAIL",
            recipient: user.email,
            userId: user.id,
            template: "sign-in",
            subject: "Your Fixwell sign-in link",
            body: `Hello ${user.name},\n\nUse this link to sign in to Fixwell. It works once, for 10 minutes:\n\n{{link}}\n\nIf you did not ask for it, ignore this email.`,
            secretLink: confirmLink(url),
          }, now),
        );
        // A person is waiting for this one: it goes now, ahead of whatever else the outbox holds.
        after(() => deliverDueMessages(new Date() /* runs after the response: its own moment */, { only: { dedupeKey } }).catch((err) => console.error("[outbox]", err)));
      },
    },
  ],
  callbacks: {
    async signIn({ user }) {
      // Only existing, enabled accounts may sign in (the adapter never creates users).
      return !!user?.email;
    },
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
}));
