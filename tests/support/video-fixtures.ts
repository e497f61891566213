// Tiny but well-formed MP4/MOV and WebM files, built byte by byte so each test states exactly what
// a phone or camera would have written: ©xyz in udta, Apple's location key in meta, a GPS track.
export const LOCATION = "+40.7128-074.0060/";

const u32 = (...ns: number[]) =>
  Buffer.concat(
    ns.map((n) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(n);
      return b;
    }),
  );
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const text = (s: string) => Buffer.from(s, "latin1");

export function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), text(type), body]);
}

/** The same box with a 64-bit size (size field 1, then the real size after the type). */
export function box64(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(16 + body.length));
  return Buffer.concat([u32(1), text(type), size, body]);
}

const full = (type: string, ...parts: Buffer[]) => box(type, u32(0), ...parts); // version 0, flags 0

export const ftyp = (brand: "isom" | "qt  ") =>
  box("ftyp", text(brand), u32(0x200), text(brand === "qt  " ? "qt  " : "isommp41"));
const mvhd = () =>
  full(
    "mvhd",
    u32(0, 0, 1000, 2000, 0x10000),
    u16(0x100),
    Buffer.alloc(10),
    Buffer.alloc(36),
    Buffer.alloc(24),
    u32(3),
  );
const hdlr = (handler: string) => full("hdlr", u32(0), text(handler), Buffer.alloc(12), text("\0"));

/** udta with ©xyz, as iPhones and Android phones write it. */
export const udtaXyz = () => box("udta", box("\xa9xyz", u16(LOCATION.length), u16(0x15c7), text(LOCATION)));

/** QuickTime metadata: Apple's keys + ilst, holding the ISO 6709 location. */
export const appleMeta = () =>
  box(
    "meta",
    hdlr("mdta"),
    full("keys", u32(1), box("mdta", text("com.apple.quicktime.location.ISO6709"))),
    box("ilst", box("\0\0\0\x01", box("data", u32(1, 0), text(LOCATION)))),
  );

/** A track whose samples (all in one chunk at `offset`) have the given sizes. */
export function trak(handler: string, offset: number, sizes: number[], extra: Buffer[] = []): Buffer {
  const stbl = box(
    "stbl",
    // A timed-metadata track describes its samples as 'mett' (text metadata), as players expect.
    handler === "meta"
      ? full("stsd", u32(1), box("mett", Buffer.alloc(6), u16(1), text("\0application/json\0")))
      : full("stsd", u32(0)),
    full("stts", u32(0)),
    full("stsc", u32(1, 1, sizes.length, 1)),
    full("stsz", u32(0, sizes.length, ...sizes)),
    full("stco", u32(1, offset)),
  );
  return box(
    "trak",
    full("tkhd", Buffer.alloc(80)),
    ...extra,
    box("mdia", full("mdhd", Buffer.alloc(20)), hdlr(handler), box("minf", stbl)),
  );
}

export const VIDEO_SAMPLES = Buffer.from("video-frame-one|video-frame-two|");
export const GPS_SAMPLES = Buffer.from(`GPS${LOCATION}GPS${LOCATION}`);

/**
 * ftyp + moov(mvhd, vide trak, [GPS track], udta, meta) + mdat. Chunk offsets depend on moov's size,
 * which does not depend on their values: build once to measure, then again with the real offsets.
 */
export function mp4({ brand = "isom", gpsTrack = false, mdat64 = false } = {}): Buffer {
  const payload = gpsTrack ? Buffer.concat([VIDEO_SAMPLES, GPS_SAMPLES]) : VIDEO_SAMPLES;
  const build = (mdatPayloadAt: number) => {
    const tracks = [trak("vide", mdatPayloadAt, [16, 16], [udtaXyz()])];
    if (gpsTrack)
      tracks.push(trak("meta", mdatPayloadAt + VIDEO_SAMPLES.length, [GPS_SAMPLES.length / 2, GPS_SAMPLES.length / 2]));
    const head = Buffer.concat([
      ftyp(brand as "isom" | "qt  "),
      box("moov", mvhd(), ...tracks, udtaXyz(), appleMeta()),
    ]);
    return Buffer.concat([head, mdat64 ? box64("mdat", payload) : box("mdat", payload)]);
  };
  // mdat comes last, so its payload starts where the file ends minus the payload.
  return build(build(0).length - payload.length);
}

// --- WebM (EBML) ---

const ebmlSize = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n) | (1n << 56n));
  return b;
}; // 8-byte size
const UNKNOWN = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
export const el = (id: number[], ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(id), ebmlSize(body.length), body]);
};
const elUnknown = (id: number[], ...parts: Buffer[]) => Buffer.concat([Buffer.from(id), UNKNOWN, ...parts]);

/**
 * EBML header (DocType webm) + a Segment with Info, Tags, a Cluster. A live recording's segment has
 * no size; Chromium's MediaRecorder now writes one, and then Tags written later land after it.
 */
export function webm({ tagsAfterCluster = false, tagsAfterSegment = false } = {}): Buffer {
  const header = el(
    [0x1a, 0x45, 0xdf, 0xa3],
    el([0x42, 0x86], Buffer.from([1])),
    el([0x42, 0x82], text("webm")),
    el([0x42, 0x87], Buffer.from([4])),
  );
  const info = el([0x15, 0x49, 0xa9, 0x66], el([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40])));
  const tags = el(
    [0x12, 0x54, 0xc3, 0x67],
    el([0x73, 0x73], el([0x67, 0xc8], el([0x45, 0xa3], text("RECORDING_LOCATION")), el([0x44, 0x87], text(LOCATION)))),
  );
  if (tagsAfterSegment) {
    const cluster = el([0x1f, 0x43, 0xb6, 0x75], el([0xe7], Buffer.from([0])), el([0xa3], VIDEO_SAMPLES));
    return Buffer.concat([header, el([0x18, 0x53, 0x80, 0x67], info, cluster), tags]);
  }
  const cluster = elUnknown([0x1f, 0x43, 0xb6, 0x75], el([0xe7], Buffer.from([0])), el([0xa3], VIDEO_SAMPLES));
  const body = tagsAfterCluster ? [info, cluster, tags] : [info, tags, cluster];
  return Buffer.concat([header, elUnknown([0x18, 0x53, 0x80, 0x67], ...body)]);
}
