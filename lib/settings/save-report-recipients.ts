// Who receives the monthly export (issue 17): up to 10 email addresses, one a line (or separated
// by commas), kept lowercase and without repeats. An empty list stops the export. Whoever is taken
// off the list loses the links already mailed to them, in the same transaction.
import "server-only";
import { z } from "zod";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { allow } from "@/lib/directory/guard";
import { revokeExportLinks } from "@/lib/reports/export-link";

export const REPORT_RECIPIENTS_MAX = 10;

export const reportRecipientsSchema = z
  .string()
  .default("")
  .transform((text) => [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .superRefine((emails, ctx) => {
    const bad = emails.filter((e) => !z.email().safeParse(e).success);
    if (bad.length) ctx.addIssue({ code: "custom", message: "settings.v.recipientsEmail" });
    else if (emails.length > REPORT_RECIPIENTS_MAX)
      ctx.addIssue({ code: "custom", message: "settings.v.recipientsMax" });
  });

export async function saveReportRecipients({
  actor,
  recipients,
  now,
}: {
  actor: Actor;
  recipients: string[];
  now: Date;
}) {
  allow(actor, "settings:edit");
  await asActor(actor, now, async (tx) => {
    await tx.organization.update({ where: { id: actor.orgId }, data: { reportRecipients: recipients } });
    await revokeExportLinks(tx, actor.orgId, recipients, now);
  });
}
