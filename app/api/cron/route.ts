// POST /api/cron: one tick (DESIGN.md §8), for any external scheduler. Bearer CRON_SECRET,
// compared in constant time; without a configured secret the route is shut. No cookies, no
// session: a cross-site form post has nothing to ride on.
import { authorised } from "@/lib/cron/authorised";
import { runTick } from "@/lib/cron/tick";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!authorised(req.headers.get("authorization"), env().CRON_SECRET)) {
    return Response.json(
      { error: "Unauthorized: send Authorization: Bearer <CRON_SECRET>" },
      { status: 401, headers: { "www-authenticate": "Bearer" } },
    );
  }
  const report = await runTick(new Date());
  return Response.json(report, { headers: { "cache-control": "no-store" } });
}
