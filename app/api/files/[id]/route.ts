// Serves an attachment to someone allowed to see its work order: a signed-in person whose scope
// includes it, or the holder of that work order's tracking, approval or vendor job link (?t=). A draft (no work order yet)
// goes to the holder of its form's key (?k=), so the photo picker can show what was kept. Anyone
// else gets 404. Videos are asked for in byte ranges (fileResponse answers those). Who may see
// what is decided in lib/files/attachment-access.ts.
import { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { draftAttachment, workOrderAttachment } from "@/lib/files/attachment-access";
import { fileResponse } from "@/lib/uploads/file-response";
import { storage } from "@/lib/uploads/storage";

const missing = () => new Response("Not found", { status: 404 });

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const draftKey = req.nextUrl.searchParams.get("k");
  const token = req.nextUrl.searchParams.get("t");
  const file =
    draftKey !== null
      ? await draftAttachment(id, draftKey)
      : await workOrderAttachment(id, { token, actor: token ? null : await currentActor() }, new Date());
  if (!file) return missing();
  return fileResponse(file, req.headers.get("range"), (range) => storage().get(file.storageKey, range));
}
