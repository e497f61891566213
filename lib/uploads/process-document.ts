// A paper someone sends us (an invoice, an insurance certificate): a PDF, or a photo of it. The
// bytes decide what it is; a photo is re-encoded like any other (EXIF/GPS gone); a PDF is kept as
// sent, served later as a download (never rendered inline by our pages).
import "server-only";
import { processFile, sniff, UnreadableFile, type ProcessedFile } from "@/lib/uploads/process-file";
import { kindOf } from "@/lib/uploads/rules";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type ProcessedDocument = {
  kind: "DOCUMENT";
  bytes: Buffer;
  contentType: "application/pdf";
  width: null;
  height: null;
  fileName: string;
};
export type ProcessedPaper = ProcessedDocument | Extract<ProcessedFile, { kind: "PHOTO" }>;

const mb = (bytes: number) => String(Math.ceil(bytes / 1024 / 1024));

/** The file as we keep it, or an UnreadableFile with a message for the person who chose it. */
export async function processDocument(name: string, input: Buffer): Promise<ProcessedPaper> {
  if (input.length === 0) throw new UnreadableFile({ key: "files.empty", vars: { name } });
  if (input.length > MAX_DOCUMENT_BYTES)
    throw new UnreadableFile({
      key: "files.documentTooBig",
      vars: { name, size: mb(input.length), max: mb(MAX_DOCUMENT_BYTES) },
    });
  const mime = await sniff(input.subarray(0, 4100));
  if (mime === "application/pdf") {
    const base =
      name
        .replace(/\.[^.]*$/, "")
        .replace(/[^\w .-]/g, "_")
        .slice(0, 80) || "document";
    return {
      kind: "DOCUMENT",
      bytes: input,
      contentType: "application/pdf",
      width: null,
      height: null,
      fileName: `${base}.pdf`,
    };
  }
  if (kindOf(mime) === "PHOTO") return (await processFile(name, input)) as Extract<ProcessedFile, { kind: "PHOTO" }>;
  throw new UnreadableFile({ key: "files.notPdfOrPhoto", vars: { name } });
}

/** The one file of a form field, if any was chosen. */
export function fileFrom(formData: FormData, field: string): File | null {
  const f = formData.get(field);
  return typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0 ? f : null;
}
