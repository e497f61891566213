// A small Auth.js adapter over our Prisma client (@auth/prisma-adapter does not fit Prisma 7's
// generated client, next-auth#13335). Session tokens are stored as SHA-256 hashes; sessions end
// at an absolute cap whatever their activity, and a disabled user's sessions stop working.
import "server-only";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";

export const SESSION_IDLE_SECONDS = 2 * 24 * 3600; // ends after 2 days without use
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 3600; // and 30 days after sign-in regardless

type DbUser = { id: string; email: string; name: string; emailVerified: Date | null };
const toAdapterUser = (u: DbUser): AdapterUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  emailVerified: u.emailVerified,
});

// Auth.js calls the adapter from each request: its clock is that request's wall clock, unless a
// caller (a test) passes its own.
export function prismaAdapter(now: () => Date = () => new Date()): Adapter {
  return {
    // Accounts are created by admins and imports, never by signing in.
    async createUser() {
      throw new Error("Fixwell does not create users on sign-in");
    },
    async getUser(id) {
      const u = await db().user.findFirst({ where: { id, disabledAt: null } });
      return u && toAdapterUser(u);
    },
    async getUserByEmail(email) {
      const u = await db().user.findFirst({ where: { email: email.toLowerCase(), disabledAt: null } });
      return u && toAdapterUser(u);
    },
    async getUserByAccount() {
      return null;
    },
    async updateUser(user) {
      const u = await db().user.update({
        where: { id: user.id },
        data: { emailVerified: user.emailVerified ?? undefined },
      });
      return toAdapterUser(u);
    },
    async createSession({ sessionToken, userId, expires }) {
      await db().session.create({ data: { sessionToken: sha256(sessionToken), userId, expires, createdAt: now() } }); // the absolute cap counts from here
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const s = await db().session.findUnique({
        where: { sessionToken: sha256(sessionToken) },
        include: { user: true },
      });
      if (!s) return null;
      const capped = s.createdAt.getTime() + SESSION_ABSOLUTE_SECONDS * 1000 <= now().getTime();
      if (capped || s.user.disabledAt || s.expires <= now()) {
        await db().session.deleteMany({ where: { id: s.id } });
        return null;
      }
      const session: AdapterSession = { sessionToken, userId: s.userId, expires: s.expires };
      return { session, user: toAdapterUser(s.user) };
    },
    async updateSession({ sessionToken, expires }) {
      const s = await db().session.update({ where: { sessionToken: sha256(sessionToken) }, data: { expires } });
      return { sessionToken, userId: s.userId, expires: s.expires };
    },
    async deleteSession(sessionToken) {
      await db().session.deleteMany({ where: { sessionToken: sha256(sessionToken) } });
    },
    async createVerificationToken(token) {
      // Only an enabled account gets a stored token: anyone can type any address into the form, and
      // rows for strangers would only fill the table. Auth.js goes on to the same "check your
      // email" page either way, and sendVerificationRequest sends nothing for them, so nothing is revealed.
      const user = await db().user.findFirst({
        where: { email: token.identifier.toLowerCase(), disabledAt: null },
        select: { id: true },
      });
      if (user) await db().verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      // One DELETE decides: of two racing uses, only one gets the row back.
      try {
        return await db().verificationToken.delete({ where: { identifier_token: { identifier, token } } });
      } catch {
        return null;
      }
    },
  };
}
