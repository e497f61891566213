// The response for one stored attachment, whole or a byte range of it. Who may see it is decided
// by the route before this is called.
import { type ByteRange, parseRange } from "@/lib/uploads/range";

export type StoredFile = { fileName: string; contentType: string; sizeBytes: number };
type Read = (range?: ByteRange) => Promise<Buffer | null>;

// An open-ended range ("bytes=0-", what browsers ask when a video starts) is answered with at most
// this much: a short 206 is fine for media players and keeps a 100 MB file out of memory.
export const MAX_RANGE_BYTES = 4 * 1024 * 1024;

const missing = () => new Response("Not found", { status: 404 });

export async function fileResponse(file: StoredFile, rangeHeader: string | null, read: Read): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "cache-control": "private, max-age=3600",
    "x-content-type-options": "nosniff",
    // Photos and videos show in the page; a document (a PDF invoice) downloads, never renders as ours.
    "content-disposition": `${file.contentType.startsWith("image/") || file.contentType.startsWith("video/") ? "inline" : "attachment"}; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
    "accept-ranges": "bytes",
  };
  const range = parseRange(rangeHeader, file.sizeBytes);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${file.sizeBytes}` } });
  }
  if (!range) {
    const bytes = await read();
    return bytes
      ? new Response(new Uint8Array(bytes), { headers: { ...headers, "content-length": String(bytes.length) } })
      : missing();
  }
  const openEnded = /-\s*$/.test(rangeHeader ?? "");
  const end = openEnded ? Math.min(range.end, range.start + MAX_RANGE_BYTES - 1) : range.end;
  const bytes = await read({ start: range.start, end });
  if (!bytes) return missing();
  // A store that ignored the range sent the whole file: cut the part out of it.
  const sent = bytes.length > end - range.start + 1 ? bytes.subarray(range.start, end + 1) : bytes;
  return new Response(new Uint8Array(sent), {
    status: 206,
    headers: {
      ...headers,
      "content-length": String(sent.length),
      "content-range": `bytes ${range.start}-${range.start + sent.length - 1}/${file.sizeBytes}`,
    },
  });
}
