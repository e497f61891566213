// What a tenant may attach. Pure, so the browser can say it before uploading and the server
// still decides (by the file's bytes, in process-image.ts).
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "image/avif", "image/gif"];

export type IncomingFile = { name: string; size: number };

/** Problems with a set of files, worded for the person who chose them; empty when all is well. */
export function checkFiles(files: IncomingFile[]): string[] {
  const errors: string[] = [];
  if (files.length > MAX_FILES) errors.push(`Attach up to ${MAX_FILES} photos in all; this would make ${files.length}.`);
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) errors.push(`${f.name} is ${(f.size / 1024 / 1024).toFixed(0)} MB; each photo can be up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
    if (f.size === 0) errors.push(`${f.name} is empty.`);
  }
  return errors;
}
