// What a tenant may attach. Pure, so the browser can say it before uploading and the server
// still decides (by the file's bytes, in process-file.ts).
export const MAX_FILES = 10;
/** Photos are kept at most this many px on their long side: shrunk so in the browser, re-encoded so on the server. */
export const PHOTO_LONG_SIDE = 1600;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 100 * 1024 * 1024;
/** @deprecated the photo limit; kept for callers written before videos. Use MAX_IMAGE_BYTES. */
export const MAX_FILE_BYTES = MAX_IMAGE_BYTES;
export const ACCEPTED_IMAGE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
  "image/avif",
  "image/gif",
];
// MP4 (x-m4v is Apple's name for the same container), QuickTime and WebM: what phones and browsers record.
export const ACCEPTED_VIDEO_TYPES = ["video/mp4", "video/x-m4v", "video/quicktime", "video/webm"];

import type { Msg } from "@/lib/i18n/translate";

export type AttachmentKind = "PHOTO" | "VIDEO";
/** `type` is a MIME type: the declared one in the browser, the one read from the bytes on the server. */
export type IncomingFile = { name: string; size: number; type?: string };

export function kindOf(type: string | undefined): AttachmentKind | null {
  if (type && ACCEPTED_IMAGE_TYPES.includes(type)) return "PHOTO";
  if (type && ACCEPTED_VIDEO_TYPES.includes(type)) return "VIDEO";
  return null;
}

// Rounded up, so a file just over the limit never reads as "100 MB; ... up to 100 MB".
const mb = (bytes: number) => String(Math.ceil(bytes / 1024 / 1024));

/** Problems with a set of files, worded for the person who chose them (message keys); empty when all is well. */
export function checkFiles(files: IncomingFile[]): Msg[] {
  const errors: Msg[] = [];
  if (files.length > MAX_FILES) errors.push({ key: "files.tooMany", vars: { max: MAX_FILES, count: files.length } });
  for (const f of files) {
    // A file we cannot tell yet is held to the photo limit: it is refused by its bytes later anyway.
    const video = kindOf(f.type) === "VIDEO";
    const max = video ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
    if (f.size > max)
      errors.push({
        key: video ? "files.videoTooBig" : "files.imageTooBig",
        vars: { name: f.name, size: mb(f.size), max: mb(max) },
      });
    if (f.size === 0) errors.push({ key: "files.empty", vars: { name: f.name } });
  }
  return errors;
}
