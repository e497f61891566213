// `npm run bench -- pages`: what a phone pays for each page anyone opens (issue 19), on a production
// build (built first; `--no-build` reuses .next) over a fresh embedded database with the demo data.
// - the QR form's first-load JavaScript, gzipped as transferred, in real Chromium (budget 160 KB),
//   and its server response time (median and p95 of sequential requests);
// - Lighthouse's default mobile run (simulated slow 4G, 4x CPU slowdown) of the form, a tracking
//   link, an owner's approval link, a vendor's job link, sign-in and a manager's dashboard: the
//   median of 3 runs each, beside two floors in the same run: a static page of plain HTML served by
//   node:http (what this machine's load costs on its own) and /sign-in/check-email, a page of this
//   build with no client component of its own (what react-dom, Next's router and hydration cost). The
//   react-dom column is the main-thread time spent in react-dom's chunk (evaluation and hydration).
//   BENCH_LCP_ELEMENT=1 prints each page's LCP element and its subparts; BENCH_LHR_DIR=dir keeps the
//   Lighthouse reports; BENCH_PORT picks another port; `--only=form,dashboard` audits only those rows.
// Exits non-zero when a figure is over its target.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const root = path.resolve(import.meta.dirname, "..");
// BENCH_PORT: another port when 3251 is taken (helpers share a machine).
const port = Number(process.env.BENCH_PORT ?? 3251);
const base = `http://localhost:${port}`;
const RUNS = 3;
export const TARGETS = { perf: 98, lcpMs: 1500, tbtMs: 60, cls: 0.04, a11y: 100, formJsKb: 160 };
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The LCP element and its subparts (time to first byte, render delay...), from Lighthouse's insight. */
function lcpElement(lhr) {
  const items = lhr.audits["lcp-breakdown-insight"]?.details?.items ?? [];
  const node = items.find((i) => i.type === "node");
  const parts = items.find((i) => i.type === "table")?.items ?? [];
  const phases = parts.map((p) => `${p.subpart} ${Math.round(p.duration)} ms`).join(", ");
  return node ? `${node.selector} "${(node.nodeLabel ?? "").slice(0, 40)}": ${phases}` : "";
}

/** The chunk that holds react-dom in this build (its root marker is unique to it). */
function reactDomChunk() {
  const dir = path.join(root, ".next/static/chunks");
  return readdirSync(dir).find(
    (f) => f.endsWith(".js") && readFileSync(path.join(dir, f), "utf8").includes("__reactContainer$"),
  );
}

/** Lighthouse's mobile default, RUNS times; the median of each figure. */
async function audit(chromePort, url, cookie, rdom) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(
      url,
      {
        port: chromePort,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      },
      undefined,
    );
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    if (process.env.BENCH_LHR_DIR)
      writeFileSync(
        path.join(
          process.env.BENCH_LHR_DIR,
          `${new URL(url).pathname.slice(1, 30).replace(/\W/g, "_") || "floor"}-${i}.json`,
        ),
        JSON.stringify(lhr),
      );
    runs.push({
      perf: Math.round(lhr.categories.performance.score * 100),
      lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
      tbtMs: lhr.audits["total-blocking-time"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      a11y: Math.round(lhr.categories.accessibility.score * 100),
      bp: Math.round(lhr.categories["best-practices"].score * 100),
      lcpElement: lcpElement(lhr),
      // Main-thread time (4x CPU) spent in react-dom's chunk: its evaluation and the hydration it runs.
      rdomMs: rdom
        ? ((lhr.audits["bootup-time"].details?.items ?? []).find((i) => i.url.endsWith(rdom))?.total ?? 0)
        : 0,
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id),
    });
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return {
    perf: pick("perf"),
    lcpMs: pick("lcpMs"),
    tbtMs: pick("tbtMs"),
    cls: pick("cls"),
    a11y: pick("a11y"),
    bp: pick("bp"),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    rdomMs: pick("rdomMs"),
    lcpElement: runs.find((r) => r.lcpMs === pick("lcpMs"))?.lcpElement ?? "",
  };
}

function verdict(r) {
  const over = [];
  if (r.perf < TARGETS.perf) over.push(`perf < ${TARGETS.perf}`);
  if (r.lcpMs > TARGETS.lcpMs) over.push(`LCP > ${TARGETS.lcpMs / 1000} s`);
  if (r.tbtMs > TARGETS.tbtMs) over.push(`TBT > ${TARGETS.tbtMs} ms`);
  if (r.cls > TARGETS.cls) over.push(`CLS > ${TARGETS.cls}`);
  if (r.a11y < TARGETS.a11y) over.push(`a11y < ${TARGETS.a11y}`);
  return over;
}

const row = (name, r) =>
  `  ${name.padEnd(22)} ${String(r.perf).padStart(4)} ${(r.lcpMs / 1000).toFixed(2).padStart(6)} s ${String(Math.round(r.tbtMs)).padStart(5)} ms ${r.cls.toFixed(3).padStart(6)} ${String(r.a11y).padStart(5)} ${String(r.bp).padStart(4)} ${String(Math.round(r.rdomMs)).padStart(5)} ms`;

/** The form's first-load JavaScript as transferred (gzip), in a 375 px Chromium. */
async function formJavaScriptKb(url) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  const scripts = [];
  page.on("requestfinished", async (req) => {
    if (req.resourceType() === "script") scripts.push((await req.sizes()).responseBodySize);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await browser.close();
  return { kb: scripts.reduce((a, b) => a + b, 0) / 1024, files: scripts.length };
}

/** The floor: plain HTML about the size of the form's text, no script, no stylesheet. */
function floorServer() {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Floor</title><link rel="icon" href="data:,"></head><body><main><h1>Report a problem</h1>${"<p>Tell us what is wrong, where, and since when.</p>".repeat(20)}</main></body></html>`;
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

export async function benchPages({ build = true, only = [] } = {}) {
  const env = { ...process.env, PORT: String(port), NODE_ENV: "production" };
  for (const k of ["DATABASE_URL", "PUBLIC_URL", "AUTH_SECRET", "FIXWELL_ENCRYPTION_KEY", "FIXWELL_DEMO"])
    delete env[k];
  env.FIXWELL_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "fixwell-bench-pages-"));
  const run = (args) =>
    spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (build) {
    const b = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      env,
      stdio: "inherit",
    });
    if (b.status !== 0) throw new Error("next build failed");
  }
  const minted = run(["--conditions=react-server", "--import", "tsx", "scripts/bench-pages-links.ts"]);
  if (minted.status !== 0) throw new Error(`minting the links failed:\n${minted.stdout}`);
  const links = JSON.parse(minted.stdout.trim().split("\n").at(-1));
  const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const floor = await floorServer();
  let chrome;
  let failed = false;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/sign-in`)).ok) break;
      } catch {}
      if (i > 600) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 500));
    }
    const pages = [
      ["/r/<slug> (form)", links.form],
      ["/t/<token>", links.tracking],
      ["/approve/<token>", links.approval],
      ["/v/job/<token>", links.job],
      ["/sign-in", "/sign-in"],
      ["/dashboard (manager)", "/dashboard", `authjs.session-token=${links.session}`],
    ];
    // Each page once before timing: the server's first render of a route loads its code.
    for (const [, p, cookie] of pages) await (await fetch(base + p, { headers: cookie ? { cookie } : {} })).text();
    const dash = await fetch(`${base}/dashboard`, { headers: { cookie: pages[5][2] }, redirect: "manual" });
    if (dash.status !== 200) throw new Error(`the manager's session did not open /dashboard (${dash.status})`);

    const js = await formJavaScriptKb(base + links.form);
    console.log(`request form (/r/<property>), embedded database, 375 px Chromium`);
    console.log(
      `  first-load JavaScript: ${js.kb.toFixed(1)} KB gzipped in ${js.files} files (target <= ${TARGETS.formJsKb} KB): ${js.kb <= TARGETS.formJsKb ? "ok" : "OVER"}`,
    );
    if (js.kb > TARGETS.formJsKb) failed = true;
    const times = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await (await fetch(base + links.form, { headers: { "accept-encoding": "gzip" } })).text();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  server response: median ${median(times).toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms over ${times.length} requests`,
    );

    chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    console.log(
      `\nLighthouse ${RUNS}x mobile (slow 4G, 4x CPU), median; targets: perf >= ${TARGETS.perf}, LCP <= ${TARGETS.lcpMs / 1000} s, TBT <= ${TARGETS.tbtMs} ms, CLS <= ${TARGETS.cls}, a11y ${TARGETS.a11y}`,
    );
    console.log(
      `  load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (${os.cpus().length} cores)`,
    );
    console.log(`  ${"page".padEnd(22)} perf    LCP       TBT     CLS  a11y   bp  react-dom  verdict`);
    const fl = await audit(chrome.port, `http://localhost:${floor.address().port}/`);
    console.log(`${row("floor (static HTML)", fl)}  (the machine's own cost)`);
    // The least a page of this build pays: no client component of its own, only react-dom, Next's
    // router and the root layout's string provider to hydrate.
    const rdom = reactDomChunk();
    const bare = await audit(chrome.port, `${base}/sign-in/check-email`, undefined, rdom);
    console.log(`${row("floor (bare Next page)", bare)}  (/sign-in/check-email: react-dom + router, no form)`);
    for (const [name, p, cookie] of pages) {
      if (only.length && !only.some((o) => name.includes(o))) continue;
      const r = await audit(chrome.port, base + p, cookie, rdom);
      const over = verdict(r);
      if (over.length) failed = true;
      console.log(
        `${row(name, r)}  ${over.length ? `OVER: ${over.join(", ")}` : "ok"}${r.failing.length ? `  [failing: ${r.failing.join(", ")}]` : ""}`,
      );
      if (process.env.BENCH_LCP_ELEMENT) console.log(`    LCP element: ${r.lcpElement.slice(0, 140)}`);
    }
    console.log(
      `  load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (${os.cpus().length} cores)`,
    );
    console.log(
      "  (Lighthouse simulates the network, but scales the CPU time it observed: on a busy machine TBT and LCP rise; compare with the floor's TBT.)",
    );
  } finally {
    await chrome?.kill();
    floor.close();
    server.kill("SIGTERM");
  }
  return !failed;
}
