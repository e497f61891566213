// A vendor's insurance or licence file: a PDF, or a photo of the paper. What it is comes from its
// bytes, never its name or declared type; photos are re-encoded (no EXIF, no GPS, nothing hidden
// behind the header). A PDF is kept as sent, served only to staff with nosniff and its own type.
import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { processImage, UnreadableImage } from "@/lib/uploads/process-image";
import { msg, type Msg } from "@/lib/i18n/translate";
import { PAPER_FILE_TYPES, paperFileProblem } from "@/lib/vendors/compliance-rules";

export type PaperFile = { bytes: Buffer; fileName: string; contentType: string };

/** A file that is not a paper we can keep; `msg` says why, in the reader's language. */
export class UnreadablePaper extends Error {
  constructor(readonly msg: Msg) {
    super(typeof msg === "string" ? msg : msg.key);
  }
}

export async function readPaperFile(
  file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> } | null,
): Promise<PaperFile> {
  const problem = paperFileProblem(file);
  if (problem) throw new UnreadablePaper(problem);
  const bytes = Buffer.from(await file!.arrayBuffer());
  const name = file!.name.replace(/[\\/\0]/g, "_").slice(-120) || "document";
  const mime = (await fileTypeFromBuffer(bytes))?.mime;
  if (!mime || !PAPER_FILE_TYPES.includes(mime)) throw new UnreadablePaper(msg("papers.notPaper", { name }));
  if (mime === "application/pdf") return { bytes, fileName: name.replace(/\.[^.]*$/, "") + ".pdf", contentType: mime };
  try {
    const photo = await processImage(name, bytes);
    return { bytes: photo.bytes, fileName: photo.fileName, contentType: photo.contentType };
  } catch (err) {
    if (err instanceof UnreadableImage) throw new UnreadablePaper(msg("papers.unreadablePhoto", { name }));
    throw err;
  }
}
