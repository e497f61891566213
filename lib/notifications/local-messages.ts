// The local message store (no email/SMS provider) read as a mailbox. In demo mode it is the open
// inbox of the Quick start, as the README promises. Otherwise it is an admin's view of their own
// organisation's mail, and sign-in links are never shown: whoever reads someone else's sign-in link
// can become them, admin or not.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type LocalMessageView = {
  id: string;
  channel: "EMAIL" | "SMS";
  recipient: string;
  subject: string | null;
  text: string;
  createdAt: Date;
};

const LIMIT = 50;

// Any URL (or path) to the sign-in confirm page, whatever PUBLIC_URL was when it was sent.
const SIGN_IN_LINK = /\S*\/sign-in\/confirm\?\S*/g;
export const SIGN_IN_LINK_REDACTED = "[sign-in link not shown here: it works only for the person it was sent to]";

export function redactSignInLinks(text: string): string {
  return text.replace(SIGN_IN_LINK, SIGN_IN_LINK_REDACTED);
}

/**
 * The newest messages, optionally only those to `to` (an address or number, any case). `demo` is
 * the caller's demoAllowed(): passed in so the rule is the same whoever decides it.
 */
export async function localMessages({
  actor,
  demo,
  to,
}: {
  actor: Actor | null;
  demo: boolean;
  to?: string;
}): Promise<LocalMessageView[]> {
  // Outside demo mode the organisation is part of the query; rows with no organisation (kept
  // before messages had one) match nobody's.
  const scope = demo ? {} : { orgId: adminOrg(actor) };
  const recipient = to ? { recipient: { equals: to, mode: "insensitive" as const } } : {};
  const rows = await db().localMessage.findMany({
    where: { ...scope, ...recipient },
    select: { id: true, channel: true, recipient: true, subject: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIMIT,
  });
  return demo
    ? rows
    : rows.map((m) => ({ ...m, text: redactSignInLinks(m.text), subject: m.subject && redactSignInLinks(m.subject) }));
}

// Refused like a page that is not there: the store's existence is nobody else's business.
function adminOrg(actor: Actor | null): string {
  if (!actor || !can(actor, "outbox:read")) throw new AppError("NOT_FOUND", "err.NOT_FOUND");
  return actor.orgId;
}
