// Removes where a video was recorded from an MP4/MOV, in place and without moving a byte (no ffmpeg
// on our servers, and rewriting offsets is how a home-made remuxer breaks files). Position lives in:
//   - user data and tags: moov/udta (©xyz "+40.7128-074.0060/"), moov/meta (Apple's keys
//     com.apple.quicktime.location.ISO6709), the same under each trak, XMP in `uuid` boxes, and
//     vendor boxes at the top of the file;
//   - timed metadata tracks (GoPro GPMF, Google CAMM, iPhone mebx, DJI subtitles): samples in mdat.
// The first become zeroed `free` boxes; the tracks become `free` and their samples are zeroed.
import { type Box, childrenOf, MalformedContainer, neutralise, payloadOf, readBoxes } from "@/lib/uploads/bmff";
import { sampleRanges } from "@/lib/uploads/bmff-samples";

// `uuid` boxes are vendor extensions (XMP, Sony, Canon); players ignore them, and they can hold GPS.
// free/skip are padding, but a tool that "deleted" a box by renaming it left its bytes inside.
const METADATA = new Set(["udta", "meta", "uuid", "free", "skip"]);
// Boxes a player may need at the top of the file. Any other (vendor trailers such as Samsung's, or
// anything appended later) is skipped by players anyway, so it goes too: we cannot read them all.
const TOP_LEVEL = new Set([
  "ftyp",
  "moov",
  "mdat",
  "free",
  "skip",
  "wide",
  "moof",
  "mfra",
  "sidx",
  "ssix",
  "styp",
  "prft",
  "emsg",
  "pdin",
]);
// Tracks a player needs to show the clip (tmcd: timecode, just frame numbers). All others are dropped.
const KEPT_HANDLERS = new Set(["vide", "soun", "tmcd"]);

export type StripReport = { metadataBoxes: number; droppedTracks: number };

const only = (boxes: Box[], type: string) => boxes.find((b) => b.type === type);

export function stripBmffLocation(buf: Buffer): StripReport {
  const report: StripReport = { metadataBoxes: 0, droppedTracks: 0 };
  const dropMetadata = (boxes: Box[], all = false) => {
    for (const b of boxes.filter((b) => all || METADATA.has(b.type))) {
      neutralise(buf, b);
      report.metadataBoxes++;
    }
  };

  const top = readBoxes(buf, 0, buf.length);
  if (top[0]?.type !== "ftyp") throw new MalformedContainer("does not start with ftyp");
  const moovs = top.filter((b) => b.type === "moov");
  if (moovs.length !== 1) throw new MalformedContainer(`${moovs.length} moov boxes`);
  dropMetadata(
    top.filter((b) => !TOP_LEVEL.has(b.type) || METADATA.has(b.type)),
    true,
  );
  const movie = childrenOf(buf, moovs[0]);
  // A compressed movie header (old QuickTime) cannot be checked without inflating and rewriting it.
  if (only(movie, "cmov")) throw new MalformedContainer("compressed movie header");
  dropMetadata(movie);

  let videoTracks = 0;
  for (const trak of movie.filter((b) => b.type === "trak")) {
    const track = childrenOf(buf, trak);
    dropMetadata(track);
    const mdia = only(track, "mdia");
    if (!mdia) throw new MalformedContainer("track without mdia");
    const media = childrenOf(buf, mdia);
    const hdlr = only(media, "hdlr");
    if (!hdlr || hdlr.end - payloadOf(hdlr) < 12) throw new MalformedContainer("track without a handler");
    const handler = buf.toString("latin1", payloadOf(hdlr) + 8, payloadOf(hdlr) + 12);
    if (handler === "vide") videoTracks++;
    if (KEPT_HANDLERS.has(handler)) continue;
    // A fragmented file keeps later samples in moof boxes we do not walk: refuse rather than leak.
    if (only(movie, "mvex")) throw new MalformedContainer(`fragmented file with a ${handler} track`);
    const minf = only(media, "minf");
    const stbl = minf && only(childrenOf(buf, minf), "stbl");
    if (stbl) for (const [start, end] of sampleRanges(buf, stbl)) buf.fill(0, start, end);
    neutralise(buf, trak);
    report.droppedTracks++;
  }
  if (videoTracks === 0) throw new MalformedContainer("no video track");
  return report;
}
