// A video with a request: a real recording (made by the browser itself, then given a phone's
// location boxes) is attached through the form, stored without the location, and plays on the
// request page, served in byte ranges.
import { expect, test, type Page } from "@playwright/test";
import { childrenOf, readBoxes } from "@/lib/uploads/bmff";
import { appleMeta, LOCATION, udtaXyz } from "../support/video-fixtures";
import { shot, signIn } from "./helpers";

/** 1.5 s of coloured frames from a canvas, as MP4, recorded by Chromium's MediaRecorder. */
async function record(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 320;
    canvas.height = 240;
    const ctx = canvas.getContext("2d")!;
    let i = 0;
    const timer = setInterval(() => {
      ctx.fillStyle = `hsl(${(i++ * 12) % 360} 80% 50%)`;
      ctx.fillRect(0, 0, 320, 240);
    }, 33);
    const rec = new MediaRecorder(canvas.captureStream(30), { mimeType: "video/mp4" });
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => chunks.push(e.data);
    rec.start();
    await new Promise((r) => setTimeout(r, 1500));
    const stopped = new Promise((r) => (rec.onstop = r));
    rec.stop();
    await stopped;
    clearInterval(timer);
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let s = "";
    for (let k = 0; k < bytes.length; k += 0x8000) s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
    return btoa(s);
  });
  return Buffer.from(base64, "base64");
}

/** Adds ©xyz and Apple's location key to moov, as a phone does. Its fragments address data from
 * their own moof, so only the optional mfra index (absolute offsets) needs dropping. */
function withLocation(mp4: Buffer): Buffer {
  const top = readBoxes(mp4, 0, mp4.length).filter((b) => b.type !== "mfra");
  const moov = top.find((b) => b.type === "moov")!;
  const extra = Buffer.concat([udtaXyz(), appleMeta()]);
  const parts = top.map((b) =>
    b === moov ? Buffer.concat([mp4.subarray(b.start, b.end), extra]) : mp4.subarray(b.start, b.end),
  );
  const out = Buffer.concat(parts);
  out.writeUInt32BE(moov.end - moov.start + extra.length, moov.start);
  expect(
    childrenOf(
      out,
      readBoxes(out, 0, out.length).find((b) => b.type === "moov")!,
    ).map((b) => b.type),
  ).toContain("udta");
  return out;
}

test("a tenant attaches a phone video: stored without location, plays on the request, served in ranges", async ({
  page,
}) => {
  await signIn(page, "chen.wang@tenants.example");
  await page.goto("/requests/new");
  const clip = withLocation(await record(page));
  expect(clip.includes(Buffer.from(LOCATION))).toBe(true);

  await page.getByRole("radio", { name: /Urgent/ }).check();
  await page.getByRole("radio", { name: /Plumbing/ }).check();
  await page
    .getByLabel("Describe the problem")
    .fill(`Water dripping from the ceiling light (${test.info().project.name})`);
  // A damaged video is refused on its own tile as soon as it is picked, naming it.
  const attached = (name: string) =>
    page.getByRole("list", { name: "Attached photos" }).getByRole("listitem").filter({ hasText: name });
  await page
    .getByLabel("Photos and videos (optional)")
    .setInputFiles([{ name: "cut.mp4", mimeType: "video/mp4", buffer: clip.subarray(0, 900) }]);
  await expect(
    attached("cut.mp4").getByText(
      "cut.mp4 could not be opened as a video: it may be damaged or not fully copied. Try recording it again.",
    ),
  ).toBeVisible();
  await attached("cut.mp4").getByRole("button", { name: "Remove cut.mp4" }).click();

  await page
    .getByLabel("Photos and videos (optional)")
    .setInputFiles([{ name: "ceiling.mp4", mimeType: "video/mp4", buffer: clip }]);
  await expect(attached("ceiling.mp4")).toContainText("Attached");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();

  const video = page.getByLabel("Video 1: ceiling.mp4");
  await expect(video).toBeVisible();
  // It really plays: the browser decoded a frame of the stored file, at the recorded size.
  const played = await video.evaluate(async (v: HTMLVideoElement) => {
    if (v.readyState < 2)
      await new Promise((r, j) => ((v.onloadeddata = r), (v.onerror = () => j(new Error(v.error?.message)))));
    return { width: v.videoWidth, height: v.videoHeight, duration: v.duration };
  });
  expect(played).toMatchObject({ width: 320, height: 240 });
  expect(played.duration).toBeGreaterThan(1);
  await shot(page, "video-on-request");

  const src = (await video.getAttribute("src"))!;
  const whole = await page.request.get(src);
  expect(whole.headers()).toMatchObject({ "content-type": "video/mp4", "accept-ranges": "bytes" });
  expect(whole.headers()["content-disposition"]).toMatch(/^inline/);
  const stored = await whole.body();
  expect(stored.length).toBe(clip.length);
  expect(stored.includes(Buffer.from(LOCATION))).toBe(false);
  expect(stored.includes(Buffer.from("ISO6709"))).toBe(false);

  const part = await page.request.get(src, { headers: { range: "bytes=0-1" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toBe(`bytes 0-1/${clip.length}`);
  expect((await part.body()).equals(stored.subarray(0, 2))).toBe(true);

  const other = await page.context().browser()!.newContext();
  expect((await other.request.get(new URL(src, page.url()).toString())).status()).toBe(404);
  await other.close();
});
