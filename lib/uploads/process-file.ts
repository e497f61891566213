// One door for every attachment: the bytes say what it is (never its name or declared type), then
// photos are re-encoded and videos have their location data removed.
import "server-only";
import { fileTypeFromBuffer } from "file-type";
import type { Msg } from "@/lib/i18n/translate";
import { processImage, UnreadableImage, type ProcessedImage } from "@/lib/uploads/process-image";
import { processVideo, UnreadableVideo, type ProcessedVideo } from "@/lib/uploads/process-video";
import { kindOf } from "@/lib/uploads/rules";

export type ProcessedFile = ProcessedImage | ProcessedVideo;

export class UnreadableFile extends Error {
  constructor(readonly msg: Msg) {
    super(typeof msg === "string" ? msg : msg.key);
  }
}

/** The MIME type the bytes declare; the first few kilobytes are enough for what we accept. */
export async function sniff(head: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(head))?.mime;
}

export async function processFile(name: string, input: Buffer): Promise<ProcessedFile> {
  const mime = await sniff(input);
  try {
    switch (kindOf(mime)) {
      case "PHOTO":
        return await processImage(name, input);
      case "VIDEO":
        return processVideo(name, input, mime!);
      default:
        throw new UnreadableFile({ key: "files.notPhotoOrVideo", vars: { name } });
    }
  } catch (err) {
    if (err instanceof UnreadableImage || err instanceof UnreadableVideo) throw new UnreadableFile(err.msg);
    throw err;
  }
}
