// DELETE /api/uploads/<id>?key=<form key>: the picker's Remove button. Only the form that made the
// draft (same key) can remove it, and only before a submit adopted it; anything else is a 404.
import type { NextRequest } from "next/server";
import { crossSiteRefusal } from "@/lib/same-origin";
import { removeDraft } from "@/lib/uploads/remove-draft";

export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const { id } = await params;
  const removed = await removeDraft(id, req.nextUrl.searchParams.get("key") ?? "");
  if (!removed) return Response.json({ error: "This photo is no longer attached." }, { status: 404 });
  return new Response(null, { status: 204 });
}
