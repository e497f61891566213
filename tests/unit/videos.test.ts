import { fileTypeFromBuffer } from "file-type";
import { describe, expect, it } from "vitest";
import { readBoxes } from "@/lib/uploads/bmff";
import { processFile } from "@/lib/uploads/process-file";
import { english, refusal } from "../support/english";
import { readPhotos } from "@/lib/uploads/from-form";
import { processVideo } from "@/lib/uploads/process-video";
import {
  box,
  box64,
  ftyp,
  GPS_SAMPLES,
  LOCATION,
  mp4,
  trak,
  udtaXyz,
  VIDEO_SAMPLES,
  webm,
} from "../support/video-fixtures";

const types = (buf: Buffer, from = 0, to = buf.length) => readBoxes(buf, from, to).map((b) => b.type);
const moovTypes = (buf: Buffer) => {
  const moov = readBoxes(buf, 0, buf.length).find((b) => b.type === "moov")!;
  return types(buf, moov.start + moov.headerSize, moov.end);
};
const has = (buf: Buffer, s: string) => buf.includes(Buffer.from(s, "latin1"));

describe("video fixtures", () => {
  it.each([
    ["isom", "video/mp4"],
    ["qt  ", "video/quicktime"],
  ] as const)("with brand %j are read as %s by file-type", async (brand, mime) => {
    expect((await fileTypeFromBuffer(mp4({ brand })))?.mime).toBe(mime);
  });

  it("carry the location where a phone writes it, before processing", () => {
    const file = mp4();
    expect(has(file, LOCATION)).toBe(true);
    expect(has(file, "com.apple.quicktime.location.ISO6709")).toBe(true);
    expect(moovTypes(file)).toEqual(["mvhd", "trak", "udta", "meta"]);
  });

  it("WebM is read as video/webm", async () => {
    expect((await fileTypeFromBuffer(webm()))?.mime).toBe("video/webm");
  });
});

describe("processFile on MP4 and MOV", () => {
  it.each([
    ["clip.mp4", "isom", "video/mp4", "clip.mp4"],
    ["IMG_0042.MOV", "qt  ", "video/quicktime", "IMG_0042.mov"],
  ] as const)(
    "%s: location gone, same length, same top-level boxes, frames untouched",
    async (name, brand, contentType, fileName) => {
      const original = mp4({ brand });
      const out = await processFile(name, Buffer.from(original));
      expect(out).toMatchObject({ kind: "VIDEO", contentType, fileName, width: null, height: null });
      expect(out.bytes.length).toBe(original.length);
      expect(has(out.bytes, LOCATION)).toBe(false);
      expect(has(out.bytes, "ISO6709")).toBe(false);
      expect(types(out.bytes)).toEqual(["ftyp", "moov", "mdat"]);
      expect(moovTypes(out.bytes)).toEqual(["mvhd", "trak", "free", "free"]);
      expect(has(out.bytes, VIDEO_SAMPLES.toString())).toBe(true);
      // Everything but the neutralised boxes is byte for byte what was sent.
      const changed = [...out.bytes].filter((b, i) => b !== original[i]).length;
      expect(changed).toBeLessThan(300);
    },
  );

  it("blanks a GPS track's samples and drops the track, leaving the video track and its frames", () => {
    const original = mp4({ gpsTrack: true });
    expect(has(original, GPS_SAMPLES.toString())).toBe(true);
    const out = processVideo("gopro.mp4", Buffer.from(original), "video/mp4");
    expect(out.bytes.length).toBe(original.length);
    expect(has(out.bytes, "GPS")).toBe(false);
    expect(has(out.bytes, LOCATION)).toBe(false);
    expect(moovTypes(out.bytes)).toEqual(["mvhd", "trak", "free", "free", "free"]);
    expect(has(out.bytes, VIDEO_SAMPLES.toString())).toBe(true);
  });

  it("handles 64-bit box sizes (mdat and a udta with size 1)", async () => {
    const original = mp4({ mdat64: true });
    expect(original.readUInt32BE(original.length - VIDEO_SAMPLES.length - 16)).toBe(1);
    const out = await processFile("long.mp4", Buffer.from(original));
    expect(types(out.bytes)).toEqual(["ftyp", "moov", "mdat"]);
    expect(has(out.bytes, LOCATION)).toBe(false);

    const nested = Buffer.concat([
      ftyp("isom"),
      box("moov", trak("vide", 0, []), box64("udta", box("\xa9xyz", Buffer.from(LOCATION)))),
    ]);
    const stripped = processVideo("n.mp4", Buffer.from(nested), "video/mp4").bytes;
    expect(has(stripped, LOCATION)).toBe(false);
    expect(moovTypes(stripped)).toEqual(["trak", "free"]);
  });

  it("blanks vendor boxes at the top of the file and leftovers in free boxes", () => {
    const vendor = box("SEFT", Buffer.from(`gps=${LOCATION}`));
    const leftover = box("free", udtaXyz());
    const file = Buffer.concat([mp4(), vendor, leftover]);
    const out = processVideo("galaxy.mp4", Buffer.from(file), "video/mp4").bytes;
    expect(has(out, LOCATION)).toBe(false);
    expect(types(out)).toEqual(["ftyp", "moov", "mdat", "free", "free"]);
    expect(out.length).toBe(file.length);
  });

  it("takes size 0 as running to the end of the file", () => {
    const file = Buffer.concat([ftyp("isom"), box("moov", trak("vide", 0, []), udtaXyz()), box("mdat", VIDEO_SAMPLES)]);
    file.writeUInt32BE(0, file.length - VIDEO_SAMPLES.length - 8);
    const out = processVideo("open-ended.mp4", file, "video/mp4").bytes;
    expect(types(out)).toEqual(["ftyp", "moov", "mdat"]);
    expect(has(out, LOCATION)).toBe(false);
  });

  const damaged = "could not be opened as a video: it may be damaged or not fully copied. Try recording it again.";
  it.each([
    ["cut off part-way through", () => mp4().subarray(0, 200)],
    [
      "a box smaller than its header",
      () => Buffer.concat([ftyp("isom"), Buffer.from([0, 0, 0, 4]), Buffer.from("moov")]),
    ],
    [
      "a child running past its parent",
      () => Buffer.concat([ftyp("isom"), box("moov", Buffer.from([0, 0, 1, 0]), Buffer.from("trak"))]),
    ],
    [
      "a 64-bit size cut short",
      () => Buffer.concat([ftyp("isom"), Buffer.from([0, 0, 0, 1]), Buffer.from("moov"), Buffer.from([0, 0])]),
    ],
    ["no movie header", () => Buffer.concat([ftyp("isom"), box("mdat", VIDEO_SAMPLES)])],
    ["no video track", () => Buffer.concat([ftyp("isom"), box("moov", trak("soun", 0, []))])],
    [
      "a chunk table pointing outside the file",
      () => Buffer.concat([ftyp("isom"), box("moov", trak("vide", 0, []), trak("meta", 999_999, [10]))]),
    ],
  ])("refuses a file: %s, naming it", async (_, bytes) => {
    expect(await refusal(processFile("clip.mp4", bytes()))).toBe(`clip.mp4 ${damaged}`);
  });
});

describe("processFile on WebM", () => {
  it.each([
    ["before the cluster", {}],
    ["after a live recording's cluster", { tagsAfterCluster: true }],
    ["after a sized segment", { tagsAfterSegment: true }],
  ])("replaces Tags %s with Void of the same length", async (_, options) => {
    const original = webm(options);
    const out = await processFile("screen.webm", Buffer.from(original));
    expect(out).toMatchObject({ kind: "VIDEO", contentType: "video/webm", fileName: "screen.webm" });
    expect(out.bytes.length).toBe(original.length);
    expect(has(out.bytes, LOCATION)).toBe(false);
    expect(has(out.bytes, "RECORDING_LOCATION")).toBe(false);
    expect(has(out.bytes, VIDEO_SAMPLES.toString())).toBe(true);
    expect((await fileTypeFromBuffer(out.bytes))?.mime).toBe("video/webm");
  });

  it("refuses a WebM cut inside an element", async () => {
    const cut = webm({ tagsAfterCluster: true });
    expect(await refusal(processFile("screen.webm", cut.subarray(0, cut.length - 5)))).toContain(
      "screen.webm could not be opened as a video",
    );
  });
});

describe("processFile refuses what is neither", () => {
  it.each([
    ["clip.mp4", Buffer.from("<html><video src=x></video></html>")],
    ["song.mp4", Buffer.concat([box("ftyp", Buffer.from("M4A "), Buffer.alloc(4)), box("mdat")])],
  ])("%s by its bytes", async (name, bytes) => {
    expect(await refusal(processFile(name, bytes))).toBe(
      `${name} is not a photo or video we can read (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV or WebM).`,
    );
  });
});

describe("readPhotos with photos and videos", () => {
  // new Uint8Array(...): File wants an ArrayBuffer-backed view, and a Buffer's type allows a shared one.
  const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);
  const form = (...files: File[]) => {
    const data = new FormData();
    for (const f of files) data.append("photos", f);
    return data;
  };
  const jpeg = async () =>
    (await import("sharp"))
      .default({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .jpeg()
      .toBuffer();

  it("returns each with its kind and type, location gone from the video", async () => {
    const { photos, errors } = await readPhotos(
      form(file(await jpeg(), "leak.jpg"), file(mp4({ brand: "qt  " }), "IMG_7.MOV")),
    );
    expect(errors).toEqual([]);
    expect(photos.map((p) => [p.kind, p.contentType, p.fileName])).toEqual([
      ["PHOTO", "image/jpeg", "leak.jpg"],
      ["VIDEO", "video/quicktime", "IMG_7.mov"],
    ]);
    expect(has(photos[1].bytes, LOCATION)).toBe(false);
  });

  it("holds a video to 100 MB and anything else to 20 MB, by the bytes not the name", async () => {
    const big = (head: Buffer, size: number) => {
      const b = Buffer.alloc(size);
      head.copy(b);
      return b;
    };
    const { errors } = await readPhotos(
      form(
        file(big(mp4(), 101 * 1024 * 1024), "clip.jpg"), // a video named like a photo
        file(big(Buffer.from("MZ"), 60 * 1024 * 1024), "clip.mp4"), // a program named like a video
        file(big(mp4(), 90 * 1024 * 1024), "ok.mp4"),
      ),
    );
    expect(errors.map(english)).toEqual([
      "clip.jpg is 101 MB; each video can be up to 100 MB.",
      "clip.mp4 is 60 MB; each photo can be up to 20 MB.",
    ]);
  }, 30_000); // 250 MB of buffers: slow on a busy 2-core machine, not a speed test

  it("counts files kept from an earlier try", async () => {
    const { errors } = await readPhotos(form(file(mp4(), "a.mp4"), file(mp4(), "b.mp4")), 9);
    expect(errors.map(english)).toEqual(["Attach up to 10 photos in all; this would make 11."]);
  });
});
