// A double tap, a retry on a flaky connection and a back-and-resubmit all send the same form post
// (same idempotency key) again. Through the real server action and the real database, every one of
// them lands on the same request: one work order.
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false }); // a plain form post: exactly what a slow phone sends

test("the same request form posted again, once and twice at once, makes one request", async ({ page }) => {
  await page.goto("/r/oak-terrace");
  // A unit per project: the public form allows 5 new reports per unit an hour.
  await page.getByLabel("Your unit").selectOption({ label: test.info().project.name === "phone" ? "2B" : "2C" });
  await page.getByRole("radio", { name: /Appliances/ }).check();
  await page.getByRole("radio", { name: /Urgent/ }).check();
  await page
    .getByLabel("Describe the problem")
    .fill(`Dishwasher leaves standing water after a cycle (${test.info().project.name})`);
  await page.getByLabel("Your name").fill("Kai Berg");
  await page.getByLabel("Email").fill("kai.berg@example.com");
  const posted = page.waitForRequest((r) => r.method() === "POST");
  await page.getByRole("button", { name: "Send request" }).click();
  const post = await posted;
  const n = (await page.getByText(/We got your request: tracking #\d+/).textContent())!.match(/#(\d+)/)![1];

  const replay = () =>
    page.request.post(post.url(), { headers: post.headers(), data: post.postDataBuffer()!, maxRedirects: 0 });
  const retried = await replay();
  const doubleTap = await Promise.all([replay(), replay()]);
  // Each answer leads to the same request: a second work order would have its own number.
  for (const res of [retried, ...doubleTap]) {
    expect(res.status()).toBe(303);
    await page.goto(res.headers().location);
    await expect(page.getByRole("heading", { name: `Request #${n}` })).toBeVisible();
  }
});

test("the public form takes 5 new reports per unit an hour, then says to wait; another unit still gets through", async ({
  page,
}) => {
  const unit = test.info().project.name === "phone" ? "1C" : "1D";
  const other = test.info().project.name === "phone" ? "1E" : "2E";
  await page.goto("/r/oak-terrace");
  await page.getByLabel("Your unit").selectOption({ label: unit });
  await page.getByRole("radio", { name: /Pest control/ }).check();
  await page.getByRole("radio", { name: /Routine/ }).check();
  await page.getByLabel("Describe the problem").fill("Mouse droppings under the sink and behind the stove.");
  await page.getByLabel("Your name").fill("Ana Ruiz");
  await page.getByLabel("Email").fill("ana.ruiz@example.com");
  const posted = page.waitForRequest((r) => r.method() === "POST");
  await page.getByRole("button", { name: "Send request" }).click();
  const post = await posted;
  await expect(page.getByText(/We got your request/)).toBeVisible();

  // The same form with a new key each time: new reports, as a flood would send them.
  const key = (await page.request.get("/r/oak-terrace").then((r) => r.text())).match(
    /name="idempotencyKey" value="([A-Za-z0-9_-]+)"/,
  )![1];
  const body = post.postDataBuffer()!.toString("latin1");
  const oldKey = body.match(/name="idempotencyKey"\r\n\r\n([A-Za-z0-9_-]+)/)![1];
  // Each with a made-up X-Forwarded-For, as an attacker would: the server keys limits to the socket.
  let hop = 0;
  const send = (k: string, text = body) =>
    page.request.post(post.url(), {
      headers: { ...post.headers(), "x-forwarded-for": `10.${++hop}.0.1` },
      data: Buffer.from(text.replace(oldKey, k), "latin1"),
      maxRedirects: 0,
    });
  for (let i = 0; i < 4; i++) expect((await send(`${key.slice(0, 40)}x${i}z`)).status()).toBe(303);
  const sixth = await send(`${key.slice(0, 40)}y9z`);
  expect(sixth.status()).toBe(200); // the form again, with the message
  expect(await sixth.text()).toContain("Too many attempts. Please wait 60 minutes and try again.");

  // Over the limit, a gas smell is still taken (and flagged for managers), with the hotline shown.
  const gas = await send(
    `${key.slice(0, 40)}g1z`,
    body.replace(
      "Mouse droppings under the sink and behind the stove.",
      "Strong gas smell at the front door of the flat.",
    ),
  );
  expect(gas.status()).toBe(303);
  const tracking = await page.goto(gas.headers().location);
  expect(tracking?.status()).toBe(200);
  await expect(page.getByText(/We got your request/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Call +1 555 0100 911" }).first()).toBeVisible();

  // A neighbour in another unit, from the same address, is not blocked.
  const unitIds = [
    ...(await page.request.get("/r/oak-terrace").then((r) => r.text())).matchAll(
      /<option value="([^"]+)">([^<]+)<\/option>/g,
    ),
  ];
  const [, fromId] = unitIds.find(([, , label]) => label === unit)!;
  const [, toId] = unitIds.find(([, , label]) => label === other)!;
  expect((await send(`${key.slice(0, 40)}n1z`, body.replace(fromId, toId))).status()).toBe(303);
});
