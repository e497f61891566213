// A vendor's insurance or licence file, for staff of the vendor's organisation only. Anyone else
// (no session, another organisation, a tenant) gets the same 404 as a missing file.
import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { vendorDocument } from "@/lib/directory/vendors";
import { fileResponse } from "@/lib/uploads/file-response";
import { storage } from "@/lib/uploads/storage";

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string; docId: string }> }) {
  const { id, docId } = await params;
  const actor = await currentActor();
  if (!actor || !can(actor, "directory:view")) return new Response("Not found", { status: 404 });
  const doc = await vendorDocument(actor, id, docId);
  if (!doc) return new Response("Not found", { status: 404 });
  return fileResponse(doc, req.headers.get("range"), (range) => storage().get(doc.storageKey, range));
}
