// The fields of a paper upload form, read off its FormData: the upload input, and what was typed
// (to put back in the form after a refused submit).
import type { PaperUpload } from "@/lib/vendors/compliance-upload";

type FileLike = NonNullable<PaperUpload["file"]>;
const isFile = (v: FormDataEntryValue | null): v is File & FileLike =>
  typeof v === "object" && v !== null && "arrayBuffer" in v;

export function paperUpload(formData: FormData): { input: PaperUpload; values: Record<string, string> } {
  const text = (k: string) => String(formData.get(k) ?? "");
  const file = formData.get("file");
  const values = { kind: text("kind"), number: text("number"), expiresAt: text("expiresAt") };
  return { input: { ...values, file: isFile(file) ? file : null }, values };
}
