// The monthly export's download: the emailed link is the credential (lib/reports/export-link.ts).
// Every work order the organisation completed that month, streamed as CSV. An unknown, expired or
// revoked link gets the same 404.
import { parseReportFilters } from "@/lib/reports/filters";
import { workOrdersCsv } from "@/lib/reports/export-work-orders";
import { monthDates, readExportLink } from "@/lib/reports/export-link";
import { organisationScope } from "@/lib/reports/scope";
import { csvStream } from "@/lib/reports/csv-stream";

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const now = new Date(); // this request's one reading of the clock
  const link = await readExportLink(token, now);
  const scope = link && (await organisationScope(link.orgId));
  if (!link || !scope)
    return new Response("This download link has expired or is not valid. Ask your property manager for a new one.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Referrer-Policy": "no-referrer" },
    });
  const { fromDate, toDate } = monthDates(link.period);
  const filters = parseReportFilters({ period: "custom", from: fromDate, to: toDate }, now, scope.timeZone);
  return csvStream(
    workOrdersCsv(scope, filters, { clock: "completedAt" }),
    `work-orders-completed_${link.period}.csv`,
    {
      "Referrer-Policy": "no-referrer",
    },
  );
}
