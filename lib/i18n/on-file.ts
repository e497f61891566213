// The language a page's reader has on file, for when they have not chosen one with the switch
// (issue 18): a vendor's job and papers links open in the vendor's language (they have no session,
// so the link names them), a technician's job pages in the technician's own. Read from the page's
// path, which proxy.ts passes in PATH_HEADER; any other page has none. A hint only: it decides
// the language and nothing else, so a forged header changes nothing but the words.
import "server-only";
import { sha256 } from "@/lib/crypto";
import { db } from "@/lib/db/client";

export const PATH_HEADER = "x-fixwell-path";
const VENDOR_LINK = /^\/v\/(?:job|papers)\/([A-Za-z0-9_-]{43})\/?$/;
const TECH_JOBS = /^\/jobs(?:\/|$)/;
// Auth.js's database session cookie (lib/auth/auth.ts names it), stored as a SHA-256 hash.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export async function languageOnFile(
  path: string,
  cookie: (name: string) => string | undefined,
): Promise<string | undefined> {
  const link = VENDOR_LINK.exec(path);
  if (link) {
    const row = await db().actionToken.findUnique({
      where: { tokenHash: sha256(link[1]) },
      select: { purpose: true, subjectId: true },
    });
    if (!row?.subjectId || (row.purpose !== "VENDOR_JOB" && row.purpose !== "VENDOR_COMPLIANCE")) return undefined;
    const vendor = await db().vendor.findUnique({ where: { id: row.subjectId }, select: { language: true } });
    return vendor?.language;
  }
  if (TECH_JOBS.test(path)) {
    const token = SESSION_COOKIES.map(cookie).find(Boolean);
    if (!token) return undefined;
    const session = await db().session.findUnique({
      where: { sessionToken: sha256(token) },
      select: { user: { select: { locale: true, role: true } } },
    });
    return session?.user.role === "TECHNICIAN" ? session.user.locale : undefined;
  }
  return undefined;
}
