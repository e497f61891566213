import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processImage, UnreadableImage } from "@/lib/uploads/process-image";
import { english, refusal } from "../support/english";
import { checkFiles, MAX_FILE_BYTES, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from "@/lib/uploads/rules";

describe("checkFiles", () => {
  const f = (name: string, size = 1000) => ({ name, size });
  it.each([
    [[f("a.jpg")], []],
    [Array.from({ length: 10 }, (_, i) => f(`${i}.jpg`)), []],
    [Array.from({ length: 11 }, (_, i) => f(`${i}.jpg`)), ["Attach up to 10 photos in all; this would make 11."]],
    [[f("huge.jpg", 60 * 1024 * 1024)], ["huge.jpg is 60 MB; each photo can be up to 20 MB."]],
    [[f("edge.jpg", MAX_FILE_BYTES)], []],
    [[f("empty.jpg", 0)], ["empty.jpg is empty."]],
  ])("%j → %j", (files, expected) => {
    expect(checkFiles(files).map(english)).toEqual(expected);
  });

  const MB = 1024 * 1024;
  const v = (name: string, size: number, type = "video/mp4") => ({ name, size, type });
  const p = (name: string, size: number, type = "image/jpeg") => ({ name, size, type });
  it.each([
    ["a video at exactly 100 MB", [v("clip.mp4", MAX_VIDEO_BYTES)], []],
    [
      "a video one byte over",
      [v("clip.mp4", MAX_VIDEO_BYTES + 1)],
      ["clip.mp4 is 101 MB; each video can be up to 100 MB."],
    ],
    ["a 140 MB video", [v("clip.mp4", 140 * MB)], ["clip.mp4 is 140 MB; each video can be up to 100 MB."]],
    ["a 60 MB MOV", [v("IMG_1.MOV", 60 * MB, "video/quicktime")], []],
    ["a 99 MB WebM", [v("screen.webm", 99 * MB, "video/webm")], []],
    ["a photo at exactly 20 MB", [p("a.jpg", MAX_IMAGE_BYTES)], []],
    ["a photo one byte over", [p("a.jpg", MAX_IMAGE_BYTES + 1)], ["a.jpg is 21 MB; each photo can be up to 20 MB."]],
    ["a 30 MB HEIC", [p("b.heic", 30 * MB, "image/heic")], ["b.heic is 30 MB; each photo can be up to 20 MB."]],
    [
      "an unknown 30 MB file, held to the photo limit",
      [p("c.mp4", 30 * MB, "application/x-msdownload")],
      ["c.mp4 is 30 MB; each photo can be up to 20 MB."],
    ],
    ["an empty video", [v("e.mp4", 0)], ["e.mp4 is empty."]],
    [
      "5 photos and 5 videos",
      [
        ...Array.from({ length: 5 }, (_, i) => p(`${i}.jpg`, MB)),
        ...Array.from({ length: 5 }, (_, i) => v(`${i}.mp4`, 90 * MB)),
      ],
      [],
    ],
    [
      "6 photos and 5 videos",
      [
        ...Array.from({ length: 6 }, (_, i) => p(`${i}.jpg`, MB)),
        ...Array.from({ length: 5 }, (_, i) => v(`${i}.mp4`, MB)),
      ],
      ["Attach up to 10 photos in all; this would make 11."],
    ],
  ])("%s", (_, files, expected) => {
    expect(checkFiles(files).map(english)).toEqual(expected);
  });

  it("keeps MAX_FILE_BYTES as the photo limit for older callers", () => {
    expect(MAX_FILE_BYTES).toBe(MAX_IMAGE_BYTES);
  });
});

describe("processImage", () => {
  it("re-encodes a GPS-tagged JPEG without any EXIF", async () => {
    const tagged = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } })
      .jpeg()
      .withExif({
        IFD0: { Make: "PhoneCo", Model: "X1" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "40/1 26/1 46/1",
          GPSLongitudeRef: "W",
          GPSLongitude: "79/1 58/1 56/1",
        },
      })
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
    const out = await processImage("leak.jpeg", tagged);
    const meta = await sharp(out.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(out.bytes.includes(Buffer.from("PhoneCo"))).toBe(false);
    expect(out).toMatchObject({ contentType: "image/jpeg", width: 40, height: 30, fileName: "leak.jpg" });
  });

  it.each([
    [4000, 1000, 1600, 400],
    [1000, 4000, 400, 1600],
    [1600, 1200, 1600, 1200],
    [1200, 900, 1200, 900], // never enlarged
  ])("shrinks a %i×%i photo to %i×%i: 1600 px on its long side, as the browser does", async (w, h, ew, eh) => {
    const big = await sharp({ create: { width: w, height: h, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(await processImage("wide.png", big)).toMatchObject({ width: ew, height: eh });
  });

  it.each([
    ["program.jpg", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)])],
    ["page.jpg", Buffer.from("<html><script>alert(1)</script></html>")],
    ["drawing.jpg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
  ])("refuses %s by its bytes", async (name, bytes) => {
    await expect(processImage(name, bytes)).rejects.toBeInstanceOf(UnreadableImage);
    expect(await refusal(processImage(name, bytes))).toContain(`${name} is not a photo we can read`);
  });
});
