// Notes the approval flow writes itself: a hold's note while the owner is asked, has not answered or
// declined, and the comment of a deemed approval. The columns are free text (a person types notes
// there too) and stored rows keep their words, so the English is written from these templates and
// read back by the same templates at display time, in the reader's language. A note a person typed
// matches none of them and shows as typed.
import { msg, type Msg } from "@/lib/i18n/translate";

const AMOUNT = String.raw`(\$[\d,]+(?:\.\d{2})?)`;

export const waitingOwnerNote = (owner: string, amount: string) => `Waiting for ${owner} to approve ${amount}`;
export const ownerSilentNote = (owner: string, amount: string, days: number) =>
  `${owner} has not answered about ${amount} in ${days} days: decide or call them`;
export const ownerDeclinedNote = (amount: string, note: string) => `Owner declined ${amount}: ${note}`;
export const deemedComment = (hours: number) =>
  `Deemed approved: no answer in ${hours} hours, as the management agreement provides`;

const HOLD: [RegExp, (m: RegExpExecArray) => Msg][] = [
  [
    new RegExp(`^Waiting for (.+) to approve ${AMOUNT}$`),
    (m) => msg("note.waitingOwner", { owner: m[1], amount: m[2] }),
  ],
  [
    new RegExp(`^(.+) has not answered about ${AMOUNT} in (\\d+) days: decide or call them$`),
    (m) => msg("note.ownerSilent", { owner: m[1], amount: m[2], days: Number(m[3]) }),
  ],
  [
    new RegExp(`^Owner declined ${AMOUNT}: ([\\s\\S]*)$`),
    (m) => msg("note.ownerDeclined", { amount: m[1], note: m[2] }),
  ],
];
const DEEMED = /^Deemed approved: no answer in (\d+) hours, as the management agreement provides$/;

/** A hold's note as a message when the approval flow wrote it; otherwise the note as typed. */
export function holdNoteMsg(note: string): Msg | string {
  for (const [re, toMsg] of HOLD) {
    const m = re.exec(note);
    if (m) return toMsg(m);
  }
  return note;
}

/** An approval's comment: a deemed approval's own sentence as a message, an owner's words as typed. */
export function approvalCommentMsg(comment: string, deemed: boolean): Msg | string {
  const m = deemed ? DEEMED.exec(comment) : null;
  return m ? msg("note.deemed", { hours: Number(m[1]) }) : comment;
}
