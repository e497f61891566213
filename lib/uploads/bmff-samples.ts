// Where a track's samples lie in the file, read from its sample table. Needed to blank the samples
// of timed metadata tracks (GoPro GPMF, Google CAMM, DJI subtitles), whose data IS the GPS track:
// dropping the track's description alone would leave the positions sitting in mdat.
import { type Box, childrenOf, MalformedContainer, payloadOf } from "@/lib/uploads/bmff";

type Range = [start: number, end: number];

/** The table after a full box's version and flags, checked to hold `count` entries of `width` bytes. */
function table(box: Box, headerBytes: number, count: number, width: number): number {
  const at = payloadOf(box) + 4 + headerBytes;
  if (count * width > box.end - at) throw new MalformedContainer(`${box.type} table runs past its box`);
  return at;
}

function need(box: Box | undefined, type: string): Box {
  if (!box) throw new MalformedContainer(`sample table without ${type}`);
  if (box.end - payloadOf(box) < 12) throw new MalformedContainer(`${type} cut short`);
  return box;
}

function sampleSizes(buf: Buffer, boxes: Box[]): { count: number; sizeOf: (i: number) => number } {
  const stz2 = boxes.find((b) => b.type === "stz2");
  if (stz2) {
    const fieldBits = buf[payloadOf(need(stz2, "stz2")) + 7];
    const count = buf.readUInt32BE(payloadOf(stz2) + 8);
    if (fieldBits !== 4 && fieldBits !== 8 && fieldBits !== 16)
      throw new MalformedContainer(`stz2 field size ${fieldBits}`);
    const at = table(stz2, 8, Math.ceil((count * fieldBits) / 8), 1);
    const sizeOf = (i: number) =>
      fieldBits === 16
        ? buf.readUInt16BE(at + 2 * i)
        : fieldBits === 8
          ? buf[at + i]
          : (buf[at + (i >> 1)] >> (i % 2 ? 0 : 4)) & 0xf;
    return { count, sizeOf };
  }
  const stsz = need(
    boxes.find((b) => b.type === "stsz"),
    "stsz",
  );
  const fixed = buf.readUInt32BE(payloadOf(stsz) + 4);
  const count = buf.readUInt32BE(payloadOf(stsz) + 8);
  const at = fixed ? 0 : table(stsz, 8, count, 4);
  return { count, sizeOf: (i: number) => (fixed ? fixed : buf.readUInt32BE(at + 4 * i)) };
}

function chunkOffsets(buf: Buffer, boxes: Box[]): number[] {
  const co64 = boxes.find((b) => b.type === "co64");
  const box = need(co64 ?? boxes.find((b) => b.type === "stco"), "stco");
  const count = buf.readUInt32BE(payloadOf(box) + 4);
  const width = co64 ? 8 : 4;
  const at = table(box, 4, count, width);
  return Array.from({ length: count }, (_, i) =>
    co64 ? Number(buf.readBigUInt64BE(at + 8 * i)) : buf.readUInt32BE(at + 4 * i),
  );
}

/** Byte ranges of every sample of the track whose `stbl` box is given, each checked to lie in the file. */
export function sampleRanges(buf: Buffer, stbl: Box): Range[] {
  const boxes = childrenOf(buf, stbl);
  const { count, sizeOf } = sampleSizes(buf, boxes);
  // Bounds the loop below: a hostile table could claim billions of empty samples.
  if (count > buf.length) throw new MalformedContainer("more samples than bytes");
  const offsets = chunkOffsets(buf, boxes);
  const stsc = need(
    boxes.find((b) => b.type === "stsc"),
    "stsc",
  );
  const runs = buf.readUInt32BE(payloadOf(stsc) + 4);
  const at = table(stsc, 4, runs, 12);
  const ranges: Range[] = [];
  let sample = 0;
  // stsc lists runs of chunks sharing a samples-per-chunk count; each run lasts until the next one's first chunk.
  for (let r = 0; r < runs && sample < count; r++) {
    const first = buf.readUInt32BE(at + 12 * r) - 1;
    const perChunk = buf.readUInt32BE(at + 12 * r + 4);
    const last = r + 1 < runs ? buf.readUInt32BE(at + 12 * (r + 1)) - 1 : offsets.length;
    if (first < 0 || last > offsets.length || last < first)
      throw new MalformedContainer("stsc points at chunks that do not exist");
    for (let c = first; c < last && sample < count; c++) {
      let offset = offsets[c];
      for (let k = 0; k < perChunk && sample < count; k++, sample++) {
        const end = offset + sizeOf(sample);
        if (end > buf.length) throw new MalformedContainer("a sample lies outside the file");
        // Samples of one chunk lie end to end: one range per chunk, not per sample.
        const previous = ranges[ranges.length - 1];
        if (previous && previous[1] === offset) previous[1] = end;
        else ranges.push([offset, end]);
        offset = end;
      }
    }
  }
  return ranges;
}
