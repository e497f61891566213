// Which strings each page's client components need, by group (a key's first segment). The groups
// cover the keys the components name, the keys their actions send back (refusals, field errors)
// and the keys a page hands them to translate (a form's labels);
// tests/unit/client-strings.test.ts follows each page's imports and checks nothing is missing.
import type { Messages } from "@/lib/i18n/translate";

// What any form's refusal may say (lib/actions/define.ts, lib/errors.ts) and the language switch.
const REFUSALS = ["common", "err", "v"] as const;
const UPLOADS = ["files", "upload", "picker"] as const;

export const CLIENT_STRINGS = {
  /** The root layout: the language switch and the messages every form shares. */
  base: REFUSALS,
  /** The QR request form (/r/<slug>). */
  requestForm: ["form", "priority", "severity", "emergency", "duration", "actions", "access", ...UPLOADS],
  /** A tracking link (/t/<token>). */
  tracking: ["status", "priority", "emergency", "actions", "codes", "wo", "files"],
  /** An owner's approval link (/approve/<token>). */
  approval: ["approval"],
  /** A vendor's job link (/v/job/<token>). */
  job: ["jobView", "job", "staffWo", "estimate", "estimates", "status", "priority", ...UPLOADS],
  /** A vendor's papers link (/v/papers/<token>). */
  papers: ["papersPage", "papers", ...UPLOADS],
  /** Sign-in. */
  signIn: ["signIn"],
  // Signed-in areas: their layout sends the area's shared groups (signIn: the header's sign-out), and
  // each part of the dashboard adds its own.
  staff: ["status", "priority", "signIn"],
  /** The manager's queue (/dashboard). */
  queue: ["queue", "bulk"],
  /** A work order on the dashboard. */
  // rank and vendorLapse: the suggestions' reasons (lib/work-orders/rank-vendors.ts), keys translated there.
  staffWorkOrder: [
    "queue",
    "staffWo",
    "wo",
    "estimate",
    "estimates",
    "job",
    "jobView",
    "rank",
    "vendorLapse",
    ...UPLOADS,
  ],
  directory: [
    "dir",
    "owner",
    "property",
    "settings",
    "import",
    "queue",
    "tenant",
    "sheet",
    "vendor",
    "papers",
    "papersPage",
    ...UPLOADS,
  ],
  settings: ["settings", "dir", "hooks", "staffWo"],
  deliveries: ["deliveries"],
  tenant: [
    ...["form", "priority", "severity", "status", "emergency", "duration", "access", "actions", "codes", "request"],
    "signIn",
    ...UPLOADS,
  ],
  owner: ["status", "priority", "signIn"],
  tech: ["status", "priority", "signIn"],
  account: ["prefs", "myNotifs", "signIn"],
} as const satisfies Record<string, readonly string[]>;

/** The messages of these groups only. */
export function pickStrings(messages: Messages, groups: readonly string[]): Partial<Messages> {
  const wanted = new Set(groups);
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => wanted.has(key.slice(0, key.indexOf(".")))),
  ) as Partial<Messages>;
}
