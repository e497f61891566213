// WebM (Matroska) has no standard GPS field, and the apps that make it (browsers' MediaRecorder,
// screen recorders) write none. But its Tags element takes any name/value pair (RECORDING_LOCATION
// is a defined tag) and Attachments can hold files such as a JPEG with EXIF. Both become a Void
// element of the same length, payload zeroed: nothing moves, so SeekHead and Cues stay right. So
// does anything outside a segment.
import { MalformedContainer } from "@/lib/uploads/bmff";

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const TAGS = 0x1254c367;
const ATTACHMENTS = 0x1941a469;
const VOID = 0xec;
// What a Cluster may hold (plus Void and CRC-32): an unknown-size cluster ends at the first other ID.
const CLUSTER_CHILDREN = new Set([0xe7, 0x5854, 0xa7, 0xab, 0xa3, 0xa0, 0xaf, VOID, 0xbf]);

type Element = { id: number; start: number; dataStart: number; end: number; unknownSize: boolean };

/** An EBML variable-length integer: the ID keeps its length marker, a size loses it. */
function vint(buf: Buffer, at: number, isId: boolean) {
  const first = buf[at];
  if (first === undefined || first === 0) throw new MalformedContainer(`bad EBML number at ${at}`);
  const length = Math.clz32(first) - 23; // leading zeros in the byte, plus one
  if (at + length > buf.length) throw new MalformedContainer(`EBML number cut short at ${at}`);
  const mask = 0xff >> length;
  let value = isId ? first : first & mask;
  let allOnes = (first & mask) === mask;
  for (let i = 1; i < length; i++) {
    value = value * 256 + buf[at + i];
    allOnes &&= buf[at + i] === 0xff;
  }
  return { value, length, allOnes };
}

function readElement(buf: Buffer, at: number, parentEnd: number): Element {
  const id = vint(buf, at, true);
  const size = vint(buf, at + id.length, false);
  const dataStart = at + id.length + size.length;
  if (size.allOnes) return { id: id.value, start: at, dataStart, end: parentEnd, unknownSize: true };
  const end = dataStart + size.value;
  if (end > parentEnd) throw new MalformedContainer(`element ${id.value.toString(16)} at ${at} runs past its parent`);
  return { id: id.value, start: at, dataStart, end, unknownSize: false };
}

/** Rewrites an element as Void of the same total length, its size written with as many bytes as it takes. */
function toVoid(buf: Buffer, el: Element): void {
  const total = el.end - el.start;
  const length = Math.min(8, total - 1);
  let value = total - 1 - length;
  buf[el.start] = VOID;
  for (let i = length; i >= 1; i--) {
    buf[el.start + i] = value % 256;
    value = Math.floor(value / 256);
  }
  buf[el.start + 1] |= 0x80 >> (length - 1);
  buf.fill(0, el.start + 1 + length, el.end);
}

/** Where a live recording's cluster (size unknown) ends: at the first element a cluster cannot hold. */
function unknownClusterEnd(buf: Buffer, at: number, end: number): number {
  while (at < end) {
    const el = readElement(buf, at, end);
    if (!CLUSTER_CHILDREN.has(el.id)) return at;
    if (el.unknownSize) throw new MalformedContainer(`unknown-size element inside a cluster at ${at}`);
    at = el.end;
  }
  return at;
}

export function stripWebmTags(buf: Buffer): { removed: number } {
  let removed = 0;
  const header = readElement(buf, 0, buf.length);
  if (header.id !== EBML || header.unknownSize) throw new MalformedContainer("no EBML header");
  let segments = 0;
  for (let at = header.end; at < buf.length;) {
    const top = readElement(buf, at, buf.length);
    if (top.id === SEGMENT) {
      segments++;
      // A live recording's segment has no size: it runs to the end of the file.
      for (let p = top.dataStart; p < top.end;) {
        const el = readElement(buf, p, top.end);
        if (el.unknownSize && el.id !== CLUSTER) throw new MalformedContainer(`unknown-size element at ${p}`);
        if (el.id === TAGS || el.id === ATTACHMENTS) {
          toVoid(buf, el);
          removed++;
        }
        p = el.unknownSize ? unknownClusterEnd(buf, el.dataStart, top.end) : el.end;
      }
    } else if (top.unknownSize) {
      throw new MalformedContainer(`unknown-size element at ${at}`);
    } else if (top.id !== VOID) {
      // Only the header and segments belong at the top; players skip anything else, and what
      // trails a segment can be anything (a Tags element written after the fact, say).
      toVoid(buf, top);
      removed++;
    }
    at = top.end;
  }
  if (segments === 0) throw new MalformedContainer("no segment");
  return { removed };
}
