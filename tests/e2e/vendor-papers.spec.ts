// Issue 8, part 3: PestAway's insurance has lapsed; the admin sends them an upload link; the vendor
// opens it from the email on a phone (a scanner's GET/HEAD first changes nothing), a web page
// renamed .pdf is refused beside the file field with what was typed kept, then the PDF with its new
// date is accepted; the admin sees PestAway valid again, with the document on file. (No other spec
// uses PestAway.)
import { expect, test } from "@playwright/test";
import { cronTick, deliveredLink, shot, signIn } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const ymd = (d: Date) => d.toISOString().slice(0, 10);

test("a vendor renews lapsed insurance from the emailed upload link on a phone", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(admin, "admin@fixwell.example");

  // The insurance lapsed yesterday: the directory says so; the tick tells vendor and staff once.
  await admin.goto("/dashboard/directory/vendors");
  await admin.getByRole("link", { name: "PestAway" }).click();
  await admin.getByLabel("Insurance expires").fill(ymd(new Date(Date.now() - 86_400_000)));
  await admin.getByRole("button", { name: "Save vendor" }).click();
  const row = admin.getByRole("listitem").filter({ hasText: "PestAway" });
  await expect(row.getByText("Insurance: expired")).toBeVisible();
  await cronTick(admin);

  await row.getByRole("link", { name: "PestAway" }).click();
  const sent = new Date(Date.now() - 2000);
  await admin.getByRole("button", { name: "Send upload link" }).click();
  await expect(admin.getByText(/Upload link sent to pestaway@vendors\.example/)).toBeVisible();
  const link = await deliveredLink(
    admin,
    "pestaway@vendors.example",
    sent,
    /https?:\/\/\S+\/v\/papers\/[A-Za-z0-9_-]{43}/,
  );
  for (const method of ["GET", "HEAD"]) {
    const res = await admin.request.fetch(link, { method });
    expect(res.status()).toBe(200);
    expect(res.headers()["referrer-policy"]).toBe("no-referrer");
  }

  const vendor = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await vendor.goto(link);
  await expect(vendor.getByRole("heading", { name: "Insurance and licence for PestAway" })).toBeVisible();
  await expect(vendor.getByRole("alert").filter({ hasText: /Your insurance expired on/ })).toBeVisible();
  expect(await vendor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shot(vendor, "vendor-papers");

  const form = vendor.getByRole("form", { name: "Send new insurance" });
  const renewed = ymd(new Date(Date.now() + 400 * 86_400_000));
  await form.getByLabel("Policy number").fill("PA-2027-881");
  await form.getByLabel("Expiry date").fill(renewed);
  await form.getByLabel(/Insurance certificate/).setInputFiles({
    name: "certificate.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<!doctype html><title>not a pdf</title>"),
  });
  await form.getByRole("button", { name: "Send insurance" }).click();
  await expect(
    form.getByText("certificate.pdf is not a PDF or a photo: upload the paper as a PDF, JPEG or PNG."),
  ).toBeVisible();
  await expect(form.getByLabel(/Insurance certificate/)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Policy number")).toHaveValue("PA-2027-881");
  await expect(form.getByLabel("Expiry date")).toHaveValue(renewed);
  await shot(vendor, "vendor-papers-refused");

  await form
    .getByLabel(/Insurance certificate/)
    .setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "Send insurance" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Thank you: your insurance is on file." })).toBeVisible();
  await expect(vendor.getByRole("alert").filter({ hasText: /expired/ })).toHaveCount(0);
  await expect(vendor.getByText(/Insurance PA-2027-881, valid until/)).toBeVisible();

  // The admin sees PestAway unblocked, and the paper on file.
  await admin.goto("/dashboard/directory/vendors");
  await expect(row.getByText(/Insurance: valid, \d+ days left/)).toBeVisible();
  await row.getByRole("link", { name: "PestAway" }).click();
  const docs = admin.getByRole("table", { name: "Documents on file, newest first" });
  await expect(docs.getByRole("row").filter({ hasText: "PA-2027-881" })).toContainText("by the vendor");
  const file = await admin.request.get(
    (await docs.getByRole("link", { name: "certificate.pdf" }).getAttribute("href"))!,
  );
  expect(file.headers()["content-type"]).toBe("application/pdf");
  await shot(admin, "vendor-papers-staff");

  // Anyone else opening the file gets nothing.
  const stranger = await (await browser.newContext()).newPage();
  const href = (await docs.getByRole("link", { name: "certificate.pdf" }).getAttribute("href"))!;
  expect((await stranger.request.get(new URL(href, admin.url()).toString(), { maxRedirects: 0 })).status()).not.toBe(
    200,
  );
});
