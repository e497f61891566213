// What the job page says after a step (the action redirects with ?done=<key>): the tapped button
// is gone by then, so the page itself confirms what happened, in the reader's language.
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Msg } from "@/lib/i18n/translate";
import type { JobDone } from "@/lib/vendors/job-done";

export type { JobDone };

const KEY: Record<JobDone, MessageKey> = {
  accepted: "jobView.done.accepted",
  confirmed: "jobView.done.confirmed",
  "on-the-way": "jobView.done.on-the-way",
  arrived: "jobView.done.arrived",
  late: "jobView.done.late",
  declined: "jobView.done.declined",
  message: "jobView.done.message",
  booked: "jobView.done.booked",
  completed: "jobView.done.completed",
  invoice: "jobView.done.invoice",
  estimate: "jobView.done.estimate",
};

/** The confirmation for a ?done= value, or null for anything else. */
export function doneText(done: string | undefined): Msg | null {
  if (!done) return null;
  const late = /^late-(\d{1,3})$/.exec(done);
  if (late) return { key: KEY.late, vars: { minutes: late[1] } };
  return Object.prototype.hasOwnProperty.call(KEY, done) && done !== "late" ? KEY[done as JobDone] : null;
}
