// Photos with a request: checked by their bytes and limits (messages next to the field), stored
// without location data, shown to the tenant and the manager. Also: the QR form works with
// JavaScript off, photo included.
import { expect, test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { shot, signIn } from "./helpers";

const photo = async (color: string) =>
  sharp({ create: { width: 120, height: 90, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCo" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 26/1 46/1" } })
    .toBuffer();

test("a tenant attaches photos; bad files are refused next to the field", async ({ page }) => {
  await signIn(page, "chen.wang@tenants.example");
  await page.goto("/requests/new");
  await page.getByRole("radio", { name: /Urgent/ }).check();
  await page
    .getByLabel("Describe the problem")
    .fill(`Fridge not cooling, food getting warm (${test.info().project.name})`);
  // The picker sends each photo ahead of the form as a draft of it. Refused for a missing field:
  // the photo is kept, not lost.
  const attached = (name: string) =>
    page.getByRole("list", { name: "Attached photos" }).getByRole("listitem").filter({ hasText: name });
  await page
    .getByLabel("Photos and videos (optional)")
    .setInputFiles([{ name: "first.jpg", mimeType: "image/jpeg", buffer: await photo("#393") }]);
  await expect(attached("first.jpg")).toContainText("Attached");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Choose what kind of problem it is.")).toBeVisible();
  await expect(attached("first.jpg")).toContainText("Attached");
  await page.getByRole("radio", { name: /Appliances/ }).check();

  // Bad files are refused next to the field as soon as they are picked (the server's byte check).
  await page
    .getByLabel("Photos and videos (optional)")
    .setInputFiles([
      { name: "fridge.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(500, 7)]) },
    ]);
  await expect(
    attached("fridge.jpg").getByText(
      "fridge.jpg is not a photo or video we can read (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV or WebM).",
    ),
  ).toBeVisible();
  await expect(page.getByLabel("Describe the problem")).toHaveValue(/Fridge not cooling/);
  await attached("fridge.jpg").getByRole("button", { name: "Remove fridge.jpg" }).click();
  await expect(attached("fridge.jpg")).toHaveCount(0);

  const eleven = await Promise.all(
    Array.from({ length: 11 }, async (_, i) => ({
      name: `p${i}.jpg`,
      mimeType: "image/jpeg",
      buffer: await photo("#222"),
    })),
  );
  await page.getByLabel("Photos and videos (optional)").setInputFiles(eleven);
  await expect(page.getByText("Attach up to 10 photos in all; this would make 12.")).toBeVisible();
  await expect(attached("p0.jpg")).toHaveCount(0);

  const huge = path.join(os.tmpdir(), "fixwell-huge.jpg");
  writeFileSync(huge, Buffer.alloc(60 * 1024 * 1024, 1));
  await page.getByLabel("Photos and videos (optional)").setInputFiles(huge);
  await expect(
    attached("fixwell-huge.jpg").getByText("fixwell-huge.jpg is 60 MB; each photo can be up to 20 MB."),
  ).toBeVisible();
  await attached("fixwell-huge.jpg").getByRole("button", { name: "Remove fixwell-huge.jpg" }).click();

  await page.getByLabel("Photos and videos (optional)").setInputFiles([
    { name: "fridge.jpg", mimeType: "image/jpeg", buffer: await photo("#36c") },
    { name: "shelf.jpg", mimeType: "image/jpeg", buffer: await photo("#c63") },
  ]);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();
  await expect(page.getByRole("img", { name: /Photo \d+: / })).toHaveCount(3);
  await expect(page.getByRole("img", { name: "Photo 1: first.jpg" })).toBeVisible();
  const src = await page.getByRole("img", { name: "Photo 2: fridge.jpg" }).getAttribute("src");
  const served = await page.request.get(src!);
  expect(served.headers()["content-type"]).toBe("image/jpeg");
  const meta = await sharp(await served.body()).metadata();
  expect(meta.exif).toBeUndefined();
  await shot(page, "photos-on-request");

  // Someone else gets nothing from the same address.
  const other = await page.context().browser()!.newContext();
  const res = await other.request.get(new URL(src!, page.url()).toString());
  expect(res.status()).toBe(404);
  await other.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the QR form still submits a request with a photo and shows the tracking number", async ({ page }) => {
    await page.goto("/r/oak-terrace");
    await page.getByLabel("Your unit").selectOption({ label: "1A" });
    await page.getByRole("radio", { name: /Structural/ }).check();
    await page.getByRole("radio", { name: /Low/ }).check();
    await page
      .getByLabel("Describe the problem")
      .fill(`Loose floorboard in the hallway near the kitchen (${test.info().project.name})`);
    await page.getByLabel("Your name").fill("Ola Nordmann");
    await page.getByLabel("Mobile phone").fill("+1 555 222 3333");
    await page
      .getByLabel("Photos and videos (optional)")
      .setInputFiles([{ name: "floor.jpg", mimeType: "image/jpeg", buffer: await photo("#963") }]);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();
    await expect(page.getByRole("img", { name: "Photo 1: floor.jpg" })).toBeVisible();
    await shot(page, "no-js-tracking");
  });
});
