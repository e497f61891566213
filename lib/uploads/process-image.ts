// Every photo is checked by its bytes (never its name or declared type) and re-encoded: the copy we
// store has no EXIF, so no GPS position, and no payload hidden behind an image header.
import { PHOTO_LONG_SIDE } from "@/lib/uploads/rules";
import "server-only";
import type { Msg } from "@/lib/i18n/translate";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/uploads/rules";

export type ProcessedImage = {
  kind: "PHOTO";
  bytes: Buffer;
  contentType: "image/jpeg";
  width: number;
  height: number;
  fileName: string;
};

export class UnreadableImage extends Error {
  constructor(readonly msg: Msg) {
    super(typeof msg === "string" ? msg : msg.key);
  }
}

export async function processImage(name: string, input: Buffer): Promise<ProcessedImage> {
  const type = await fileTypeFromBuffer(input);
  if (!type || !ACCEPTED_IMAGE_TYPES.includes(type.mime)) {
    throw new UnreadableImage({ key: "files.notPhoto", vars: { name } });
  }
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 100_000_000 })
      .rotate() // apply the camera's orientation before the metadata goes
      .resize({ width: PHOTO_LONG_SIDE, height: PHOTO_LONG_SIDE, fit: "inside", withoutEnlargement: true }) // as the browser shrinks them
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return {
      kind: "PHOTO",
      bytes: data,
      contentType: "image/jpeg",
      width: info.width,
      height: info.height,
      fileName: name.replace(/\.[^.]*$/, "") + ".jpg",
    };
  } catch {
    throw new UnreadableImage({ key: "files.unreadable", vars: { name } });
  }
}
