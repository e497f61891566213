// The audit log as CSV, with the page's filters: one line per changed field. Admins only: anyone
// else 403, nobody signed in 401.
import { auditCsv } from "@/lib/audit/reads";
import { parseAuditFilters } from "@/lib/audit/filters";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { csvStream } from "@/lib/reports/csv-stream";

export async function GET(req: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export the audit log.", { status: 401 });
  if (!can(actor, "audit:view")) return new Response("Not allowed.", { status: 403 });
  const { before: _page, ...filters } = parseAuditFilters(Object.fromEntries(new URL(req.url).searchParams));
  const day = new Date().toISOString().slice(0, 10); // the file's name only
  return csvStream(auditCsv(actor, filters), `audit-log_${day}.csv`);
}
