// Auth.js (next-auth v5): email magic links for every role, database sessions through our adapter.
// The emailed link opens our confirm page, whose button continues to Auth.js's callback: mail
// scanners open links with GET, and the callback spends its token on GET (next-auth#8737).
import "server-only";
import { secureCookies } from "@/lib/auth/cookies";
import NextAuth from "next-auth";
import { randomToken } from "@/lib/crypto";
import { env } from "@/lib/env";
import { prismaAdapter, SESSION_IDLE_SECONDS } from "@/lib/auth/adapter";
import { queueSignInLink } from "@/lib/auth/sign-in-link";

export const SIGN_IN_LINK_SECONDS = 10 * 60;

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-authjs.session-token" : "authjs.session-token";
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
        // Auth.js calls this from the sign-in request: that request's wall clock is the entry point's now.
        // Queued only: the sign-in action, which knows someone is waiting, asks for its delivery.
        await queueSignInLink(identifier, url, new Date());
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
