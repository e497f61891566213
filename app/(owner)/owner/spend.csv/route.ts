// The owner's spend table as CSV (for their accountant). Signed-in owners only, their properties only.
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ownerSpend, spendCsv } from "@/lib/owners/overview";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await currentActor();
  if (!actor || !can(actor, "owner:view")) return new Response("Not found", { status: 404 });
  return new Response(spendCsv(await ownerSpend(actor)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="spend-by-property.csv"',
      "cache-control": "no-store",
    },
  });
}
