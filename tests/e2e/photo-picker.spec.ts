// The photo picker on the QR form: photos shrink in the browser, upload on their own with
// progress, can be removed; a file that is not a photo shows the server's reason with Retry and
// Remove; only what is attached reaches the request.
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { shot } from "./helpers";

const photo = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: "#5a7", noise: { type: "gaussian", mean: 120, sigma: 40 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();

test("a QR visitor attaches photos, removes one, sees a refusal, and sends exactly what is attached", async ({
  page,
}) => {
  await page.goto("/r/maple-court");
  await page.getByLabel("Your unit").selectOption({ label: "3C" });
  await page.getByRole("radio", { name: /General/ }).check();
  await page.getByRole("radio", { name: /Low/ }).check();
  await page
    .getByLabel("Describe the problem")
    .fill(`Crack in the bathroom tiles by the bath (${test.info().project.name})`);
  await page.getByLabel("Your name").fill("Sam Okafor");
  await page.getByLabel("Email").fill("sam.okafor@example.com");

  const picker = page.getByLabel("Photos and videos (optional)");
  await picker.setInputFiles([
    { name: "wide.jpg", mimeType: "image/jpeg", buffer: await photo(3000, 2000) },
    { name: "close-up.jpg", mimeType: "image/jpeg", buffer: await photo(800, 600) },
  ]);
  // Taken over: the form itself will not post them again.
  await expect(picker).toHaveJSProperty("value", "");
  const list = page.getByRole("list", { name: "Attached photos" });
  const tile = (name: string) => list.getByRole("listitem").filter({ hasText: name });
  for (const name of ["wide.jpg", "close-up.jpg"]) {
    await expect(tile(name).getByText("Attached", { exact: true })).toBeVisible();
    await expect(tile(name).getByRole("progressbar", { name: `Upload progress for ${name}` })).toHaveJSProperty(
      "value",
      100,
    );
    await expect
      .poll(() =>
        tile(name)
          .locator("img")
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
  }

  await tile("close-up.jpg").getByRole("button", { name: "Remove close-up.jpg" }).click();
  await expect(tile("close-up.jpg")).toHaveCount(0);
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // Not a photo: the server says why, next to the file; Retry asks again (same answer), Remove is there.
  await picker.setInputFiles([
    { name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some text, not a photo at all") },
  ]);
  const refusal = "notes.jpg is not a photo or video we can read (JPEG, PNG, WebP, HEIC, GIF, MP4, MOV or WebM).";
  await expect(tile("notes.jpg").getByText(refusal)).toBeVisible();
  await tile("notes.jpg").getByRole("button", { name: "Retry notes.jpg" }).click();
  await expect(tile("notes.jpg").getByText(refusal)).toBeVisible();
  await expect(tile("notes.jpg").getByRole("button", { name: "Remove notes.jpg" })).toBeVisible();
  await shot(page, "photo-picker");

  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(/We got your request: tracking #\d+/)).toBeVisible();
  const photos = page.getByRole("img", { name: /Photo \d+: / });
  await expect(photos).toHaveCount(1);
  const stored = page.getByRole("img", { name: "Photo 1: wide.jpg" });
  await expect.poll(() => stored.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // Shrunk in the browser to 1600 px on the long side (the server alone would keep 2000).
  const size = await stored.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(Math.max(...size)).toBeLessThanOrEqual(1600);
  expect(Math.max(...size)).toBeGreaterThan(1500);
  await shot(page, "photo-picker-tracking");
});

test("photos dropped on the drop zone upload like picked ones; the picker is reachable by keyboard", async ({
  page,
}) => {
  await page.goto("/r/maple-court");
  const jpeg = (await photo(400, 300)).toString("base64");
  // Wait for hydration: the zone's worded button appears only then.
  await expect(page.getByText("Take or choose photos")).toBeVisible();
  await page.getByText("Take or choose photos").evaluate((button, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], "dropped.jpg", { type: "image/jpeg" }),
    );
    const zone = button.parentElement!;
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, jpeg);
  const dropped = page
    .getByRole("list", { name: "Attached photos" })
    .getByRole("listitem")
    .filter({ hasText: "dropped.jpg" });
  await expect(dropped.getByText("Attached", { exact: true })).toBeVisible();

  // Keyboard: Tab from the description reaches the photo input (the worded button is its stand-in).
  await page.getByLabel("Describe the problem").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Photos and videos (optional)")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dropped.getByRole("button", { name: "Remove dropped.jpg" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await shot(page, "photo-picker-focus");
});
