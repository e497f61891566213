// The typed part of a vendor's paper upload, checked on the server (kept out of compliance-rules.ts,
// which the browser's paper form imports, so no client bundle carries zod).
import { z } from "zod";
import { PAPER_KINDS } from "@/lib/vendors/compliance-rules";

const DAY = 86_400_000;
const ymd = (s: string) => new Date(`${s}T23:59:59Z`); // valid through the end of that day, as the vendor form has it

/** The typed part of an upload; `now` so that a paper already expired is refused. */
export function paperSchema(now: Date) {
  return z.object({
    kind: z.enum(PAPER_KINDS, { message: "papers.kind" }),
    number: z.string({ message: "papers.number" }).trim().min(1, "papers.number").max(60, "papers.numberLong"),
    expiresAt: z
      .string({ message: "papers.expiry" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "papers.expiryFormat")
      .refine(
        (s) =>
          !/^\d{4}-\d{2}-\d{2}$/.test(s) ||
          (!Number.isNaN(ymd(s).getTime()) && ymd(s).toISOString().slice(0, 10) === s),
        "papers.expiryReal",
      )
      .transform(ymd)
      .refine((d) => d.getTime() > now.getTime(), "papers.expiryPast")
      .refine((d) => d.getTime() < now.getTime() + 10 * 366 * DAY, "papers.expiryYear"),
  });
}
export type PaperInput = z.infer<ReturnType<typeof paperSchema>>;
