// The sign-in email, queued for an existing, enabled account only (an unknown address gets nothing,
// and the page says the same either way). Apart from auth.ts so the path can be run in tests
// without a request around it.
import "server-only";
import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/outbox/outbox";
import { env } from "@/lib/env";
import { sameOriginPath } from "@/lib/same-origin-path";

/** Queues the link Auth.js made (`url`) for `identifier`; returns the message's key, or null when nothing was queued. */
export async function queueSignInLink(identifier: string, url: string, now: Date): Promise<string | null> {
  const user = await db().user.findFirst({ where: { email: identifier, disabledAt: null } });
  if (!user) return null; // no account: say nothing different, send nothing
  const dedupeKey = `signin:${user.id}:${now.getTime()}`;
  await db().$transaction(async (tx) =>
    enqueue(
      tx,
      {
        orgId: user.orgId,
        dedupeKey,
        channel: "EMAIL",
        recipient: user.email,
        userId: user.id,
        template: "sign-in",
        subject: "Your Fixwell sign-in link",
        body: `Hello ${user.name},\n\nUse this link to sign in to Fixwell. It works once, for 10 minutes:\n\n{{link}}\n\nIf you did not ask for it, ignore this email.`,
        secretLink: confirmLink(url),
      },
      now,
    ),
  );
  return dedupeKey;
}

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
