// SECURITY.md: server actions refuse cross-site calls. A real action (the language switch, which
// sets a cookie) posted as the browser would without JavaScript: from our own origin it works;
// from another site, or with "Origin: null", it is refused and sets nothing.
import { expect, test } from "@playwright/test";

test("a server action posted from another site, or from a null origin, is refused", async ({ request, baseURL }) => {
  const html = await (await request.get("/sign-in")).text();
  const actionField = /name="(\$ACTION_ID_[^"]+)"/.exec(html)?.[1];
  expect(actionField, html.match(/<form[^>]*>.{0,400}/g)?.join("\n")).toBeTruthy();
  const post = (origin: string) =>
    request.post("/sign-in", {
      multipart: { [actionField!]: "", locale: "es", returnTo: "/sign-in" },
      headers: { origin },
      maxRedirects: 0,
    });

  const ours = await post(new URL(baseURL!).origin);
  expect(ours.status()).toBe(303);
  expect(ours.headers()["set-cookie"]).toContain("fixwell-lang=es");

  for (const origin of ["https://evil.test", "null"]) {
    const res = await post(origin);
    expect(res.status(), origin).toBeGreaterThanOrEqual(400);
    expect(res.headers()["set-cookie"] ?? "", origin).not.toContain("fixwell-lang");
  }
});
