// The role matrix's machinery: one signed-in browser per role, and a way to replay a real form
// post (captured from a role allowed to make it, never sent) under every other role's session.
import { expect, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { signIn } from "./helpers";

export const ROLES = {
  admin: "admin@fixwell.example",
  dana: "dana.reyes@fixwell.example", // manager of Maple Court and Harbor View
  sam: "sam.wolfe@fixwell.example", // manager of Oak Terrace only
  tech: "tech.kai@fixwell.example",
  owner: "olivia.grant@owners.example",
  tenant: "tenant@fixwell.example",
  anon: "",
} as const;
export type RoleName = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

export type Sessions = Record<RoleName, BrowserContext>;

/** A context per role, signed in through the real email link (anon: none). */
export async function signInAll(browser: Browser): Promise<Sessions> {
  const out = {} as Sessions;
  for (const role of ROLE_NAMES) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    if (ROLES[role]) {
      const page = await ctx.newPage();
      await signIn(page, ROLES[role]);
      await page.close();
    }
    out[role] = ctx;
  }
  return out;
}

/** The header behind CVE-2025-29927: it must not get anyone past the data layer's own checks. */
const BYPASS = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" };

/** GET a page as a role: "allowed" (200), or "refused" (a redirect away, or 404). */
export async function visit(ctx: BrowserContext, path: string): Promise<"allowed" | "refused" | number> {
  const res = await ctx.request.get(path, { maxRedirects: 0, headers: BYPASS });
  const s = res.status();
  if (s === 200) return "allowed";
  if (s === 404 || s === 403 || s === 401 || (s >= 300 && s < 400)) return "refused";
  return s;
}

export type CapturedPost = { url: string; headers: Record<string, string>; body: Buffer };

/** Fill and submit a form without JavaScript (a plain form post) and capture it, unsent. */
export async function capturePost(
  ctx: BrowserContext,
  path: string,
  submit: (page: Page) => Promise<void>,
): Promise<CapturedPost> {
  const page = await ctx.newPage();
  await page.goto(path);
  let captured: Request | null = null;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST") {
      captured = route.request();
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await submit(page);
  await expect.poll(() => captured !== null).toBe(true);
  const req = captured as unknown as Request;
  const headers = { ...(await req.allHeaders()) };
  for (const h of ["cookie", "content-length", "host"]) delete headers[h];
  const out = { url: req.url(), headers, body: req.postDataBuffer()! };
  await page.close();
  return out;
}

/** Send a captured post with another role's cookies (and the middleware-bypass header). */
export async function replay(ctx: BrowserContext, post: CapturedPost) {
  const res = await ctx.request.post(post.url, {
    headers: { ...post.headers, ...BYPASS },
    data: post.body,
    maxRedirects: 0,
  });
  return { status: res.status(), text: await res.text() };
}
