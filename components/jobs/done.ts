// What the job page says after a step (the action redirects with ?done=<key>): the tapped button
// is gone by then, so the page itself confirms what happened.
import type { JobDone } from "@/lib/vendors/job-done";

export type { JobDone };

const TEXT: Record<JobDone, string> = {
  accepted: "Accepted. Book the visit when you know your time.",
  confirmed: "Visit time confirmed.",
  "on-the-way": "The tenant has been told you are on the way.",
  arrived: "Arrival noted.",
  late: "The tenant has been told you are running about {minutes} minutes late.",
  declined: "You gave the job back; the office has been told.",
  message: "Sent to the office.",
  booked: "Visit booked; the tenant has been told.",
  completed: "Job completed. Thank you: the tenant will be asked to confirm the fix.",
  invoice: "Invoice sent to the office.",
  estimate: "Estimate sent. You will hear when it is approved; work that needs approval waits until then.",
};

/** The confirmation for a ?done= value, or null for anything else. */
export function doneText(done: string | undefined): string | null {
  if (!done) return null;
  const late = /^late-(\d{1,3})$/.exec(done);
  if (late) return TEXT.late.replace("{minutes}", late[1]);
  return done in TEXT && done !== "late" ? TEXT[done as JobDone] : null;
}
