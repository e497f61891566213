// The language switch, through its real server action (Next's request context stubbed): it sends the
// reader back only to a page of ours, and its cookie is Secure when the portal is served over https.
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; options: Record<string, unknown> }[] }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: () => undefined,
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set.push({ name, value, options }),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { to });
  },
}));
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => null }));

const { setLanguageAction } = await import("@/lib/actions/language");

const switchTo = async (locale: string, returnTo: string) => {
  const fd = new FormData();
  fd.set("locale", locale);
  fd.set("returnTo", returnTo);
  return setLanguageAction(fd).then(
    () => null,
    (e: { to?: string }) => e.to ?? Promise.reject(e),
  );
};

describe("the language switch", () => {
  it.each([
    ["/requests/7?x=1", "/requests/7?x=1"],
    ["/\t/evil.test", "/"],
    ["//evil.test", "/"],
    ["https://evil.test/steal", "/"],
    ["/\\evil.test", "/"],
  ])("returnTo %j leads to %j", async (returnTo, expected) => {
    expect(await switchTo("es", returnTo)).toBe(expected);
  });

  it("sets an HttpOnly cookie, Secure on https (PUBLIC_URL in these tests is https)", async () => {
    jar.set = [];
    await switchTo("es", "/");
    expect(jar.set).toEqual([
      {
        name: expect.any(String),
        value: "es",
        options: expect.objectContaining({ httpOnly: true, secure: true, sameSite: "lax" }),
      },
    ]);
  });
});
