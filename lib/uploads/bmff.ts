// ISO base media files (MP4, MOV): reading the box tree, and changing a box's type in place. Pure,
// no Node APIs beyond Buffer, so it is unit-tested on bytes built in the test.

export class MalformedContainer extends Error {}

export type Box = { type: string; start: number; headerSize: number; end: number };

/** The boxes laid end to end in bytes [from, to): the file itself, or the payload of a container box. */
export function readBoxes(buf: Buffer, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at < to) {
    if (to - at < 8) {
      // QuickTime ends some atom lists with a 32-bit zero; anything else this short is a cut box.
      if (buf.subarray(at, to).every((b) => b === 0)) break;
      throw new MalformedContainer(`box header cut short at ${at}`);
    }
    const type = buf.toString("latin1", at + 4, at + 8);
    let size = buf.readUInt32BE(at);
    let headerSize = 8;
    if (size === 1) {
      // 64-bit size follows the type (files over 4 GB, and some muxers always).
      if (to - at < 16) throw new MalformedContainer(`64-bit size of ${type} cut short at ${at}`);
      const large = buf.readBigUInt64BE(at + 8);
      if (large > BigInt(to - at)) throw new MalformedContainer(`${type} at ${at} runs past its parent`);
      size = Number(large);
      headerSize = 16;
    } else if (size === 0) {
      size = to - at; // "extends to the end": of the file for a top-level box
    }
    if (size < headerSize) throw new MalformedContainer(`${type} at ${at} is smaller than its header`);
    if (at + size > to) throw new MalformedContainer(`${type} at ${at} runs past its parent`);
    boxes.push({ type, start: at, headerSize, end: at + size });
    at += size;
  }
  return boxes;
}

export const payloadOf = (box: Box) => box.start + box.headerSize;

export function childrenOf(buf: Buffer, box: Box, skip = 0): Box[] {
  return readBoxes(buf, payloadOf(box) + skip, box.end);
}

/**
 * Turns a box into `free` padding: players skip it, and since only the 4-byte type changes no offset
 * in the file moves (chunk offsets in stco/co64 point into mdat and stay right). The payload is
 * zeroed too, so what it said is gone from the bytes, not merely hidden.
 */
export function neutralise(buf: Buffer, box: Box): void {
  buf.write("free", box.start + 4, "latin1");
  buf.fill(0, payloadOf(box), box.end);
}

// XMP packets (which can hold exif:GPSLatitude) live in a `uuid` box with this extended type.
const XMP_UUID = "be7acfcb97a942e89c71999491e3afac";
export const isXmp = (buf: Buffer, box: Box) =>
  box.type === "uuid" &&
  box.end - payloadOf(box) >= 16 &&
  buf.toString("hex", payloadOf(box), payloadOf(box) + 16) === XMP_UUID;
