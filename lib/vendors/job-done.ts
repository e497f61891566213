// What the job page says after a step: the action redirects with ?done=<key> (the words are in
// components/jobs/done.ts).
export type JobDone =
  | "accepted"
  | "confirmed"
  | "on-the-way"
  | "arrived"
  | "late"
  | "declined"
  | "message"
  | "booked"
  | "completed"
  | "invoice"
  | "estimate";
