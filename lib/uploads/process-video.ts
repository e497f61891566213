// A video is kept as recorded (no transcoding: there is no ffmpeg here, and a phone's file plays
// everywhere already) but never with where it was recorded: see strip-bmff.ts and strip-webm.ts.
import type { Msg } from "@/lib/i18n/translate";
import { MalformedContainer } from "@/lib/uploads/bmff";
import { stripBmffLocation } from "@/lib/uploads/strip-bmff";
import { stripWebmTags } from "@/lib/uploads/strip-webm";

export type VideoType = "video/mp4" | "video/quicktime" | "video/webm";
export type ProcessedVideo = {
  kind: "VIDEO";
  bytes: Buffer;
  contentType: VideoType;
  width: null;
  height: null;
  fileName: string;
};

export class UnreadableVideo extends Error {
  constructor(readonly msg: Msg) {
    super(typeof msg === "string" ? msg : msg.key);
  }
}

const EXTENSION: Record<VideoType, string> = { "video/mp4": ".mp4", "video/quicktime": ".mov", "video/webm": ".webm" };

/**
 * `mime` is what file-type read from the bytes. Changes `input` in place (a second copy of a
 * 100 MB file is not worth it) and returns it as the bytes to store.
 */
export function processVideo(name: string, input: Buffer, mime: string): ProcessedVideo {
  const contentType: VideoType | null =
    mime === "video/mp4" || mime === "video/x-m4v"
      ? "video/mp4"
      : mime === "video/quicktime"
        ? "video/quicktime"
        : mime === "video/webm"
          ? "video/webm"
          : null;
  if (!contentType) throw new UnreadableVideo({ key: "files.badVideo", vars: { name } });
  try {
    if (contentType === "video/webm") stripWebmTags(input);
    else stripBmffLocation(input);
  } catch (err) {
    if (!(err instanceof MalformedContainer)) throw err;
    throw new UnreadableVideo({ key: "files.videoDamaged", vars: { name } });
  }
  return {
    kind: "VIDEO",
    bytes: input,
    contentType,
    width: null,
    height: null,
    fileName: name.replace(/\.[^.]*$/, "") + EXTENSION[contentType],
  };
}
