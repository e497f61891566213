// A tenant reads back a code they saved on their own profile. Codes are never put in a page's
// HTML; this answers one tap, for the signed-in tenant's own profile only (SECURITY.md: shown
// masked until tapped, to the tenant who gave them). Staff and vendor reveals are logged elsewhere.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { decrypt } from "@/lib/crypto";
import { db } from "@/lib/db/client";

export async function revealOwnCode(actor: Actor, which: "gateCode" | "lockboxCode"): Promise<string | null> {
  if (actor.role !== "TENANT") return null;
  const profile = await db().tenantProfile.findUnique({
    where: { userId: actor.userId },
    select: { gateCodeEnc: true, lockboxCodeEnc: true },
  });
  const sealed = which === "gateCode" ? profile?.gateCodeEnc : profile?.lockboxCodeEnc;
  return sealed ? decrypt(sealed) : null;
}
