// CSV exports of the reports: `?section=speed|sla|…` for a section's tables, `?section=work-orders`
// for every work order in scope, streamed. Same scope and filters as the pages: a manager gets
// their properties, an owner theirs (their sections only), anyone else 403, nobody signed in 401.
import { currentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { parseReportFilters } from "@/lib/reports/filters";
import { workOrdersCsv } from "@/lib/reports/export-work-orders";
import { sectionCsv } from "@/lib/reports/export-section";
import { csvStream } from "@/lib/reports/csv-stream";
import { reportScope } from "@/lib/reports/scope";
import { OWNER_SECTIONS, SECTIONS, parseSection } from "@/lib/reports/section-types";
import { readSection } from "@/lib/reports/sections";

const CSV = "text/csv; charset=utf-8";

const attachment = (name: string) => ({
  "Content-Type": CSV,
  "Content-Disposition": `attachment; filename="${name}"`,
  "Cache-Control": "private, no-store",
});

export async function GET(req: Request) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export reports.", { status: 401 });
  const now = new Date(); // this request's one reading of the clock
  let scope;
  try {
    scope = await reportScope(actor, now);
  } catch (err) {
    if (err instanceof AppError && err.code === "FORBIDDEN") return new Response("Not allowed.", { status: 403 });
    throw err;
  }
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const filters = parseReportFilters(params, now, scope.timeZone);
  const stamp = `${filters.fromDate}_${filters.toDate}`;
  if (params.section === "work-orders") {
    return csvStream(workOrdersCsv(scope, filters), `work-orders_${stamp}.csv`);
  }
  const allowed = actor.role === "OWNER" ? OWNER_SECTIONS : SECTIONS.map((s) => s.id);
  const section = parseSection(params.section, allowed);
  const view = await readSection(section, scope, filters, now);
  const about = `Fixwell report: ${section}, ${filters.fromDate} to ${filters.toDate} (${scope.timeZone})`;
  return new Response(sectionCsv(view, about), { headers: attachment(`${section}_${stamp}.csv`) });
}
