// What owners are emailed (DESIGN.md §6): asked to approve an estimate (at first, after it
// changed, reminded, or their second contact asked), or told of one within the manager's limit.
// English only: owners have no language setting. Pure; {{link}} is the approval link, which
// travels encrypted in the outbox and is merged at delivery.
export type OwnerVars = Record<string, string | number | undefined>;
type Part = (v: OwnerVars) => string;

export const OWNER_TEMPLATE_NAMES = [
  "owner-approval",
  "owner-approval-changed",
  "owner-approval-reminder",
  "owner-approval-second-contact",
  "owner-notice",
] as const;
export type OwnerTemplate = (typeof OWNER_TEMPLATE_NAMES)[number];

const ASK = (v: OwnerVars) =>
  `${v.amount} for ${v.place}: ${v.description}\n\nApprove or decline here:\n{{link}}\n\n${v.org}`;

export const OWNER_TEMPLATES: Record<OwnerTemplate, { subject: Part; text: Part }> = {
  "owner-approval": {
    subject: (v) => `Approval needed: ${v.amount} for ${v.place} (#${v.number})`,
    text: (v) =>
      `Hello ${v.owner},\n\n${v.name} asks you to approve an estimate of ${v.amount} for ${v.place}: ${v.description}\n\nSee the photos and the estimate, then approve or decline:\n{{link}}\n\nThe link works once and expires in 7 days.\n\n${v.org}`,
  },
  "owner-approval-changed": {
    subject: (v) => `Changed estimate: ${v.amount} for ${v.place} (#${v.number})`,
    text: (v) =>
      `Hello ${v.owner},\n\nThe estimate for ${v.place} changed to ${v.amount}. The earlier link no longer works; please use this one:\n{{link}}\n\n${v.org}`,
  },
  "owner-approval-reminder": {
    subject: (v) => `Reminder: approval needed, ${v.amount} (#${v.number})`,
    text: (v) => `Hello ${v.owner}, a reminder: this estimate is waiting for your answer.\n\n${ASK(v)}`,
  },
  "owner-approval-second-contact": {
    subject: (v) => `Approval needed for ${v.owner}: ${v.amount} (#${v.number})`,
    text: (v) => `${v.owner} has not answered about this estimate; you are their second contact.\n\n${ASK(v)}`,
  },
  "owner-notice": {
    subject: (v) => `For your information: ${v.amount} estimate for ${v.place} (#${v.number})`,
    text: (v) =>
      `Hello ${v.owner},\n\nAn estimate of ${v.amount} for ${v.place} (${v.description}) is within what your manager approves; this is to keep you informed.\n\n${v.org}`,
  },
};

export function renderOwnerMessage(template: OwnerTemplate, vars: OwnerVars): { subject: string; body: string } {
  const t = OWNER_TEMPLATES[template];
  return { subject: t.subject(vars), body: t.text(vars) };
}
