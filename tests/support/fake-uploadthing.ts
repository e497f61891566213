// A local stand-in for UploadThing's ingest and file hosts, answering what uploadthing@7's server
// SDK sends (read in node_modules/uploadthing/server/index.js):
//   PUT  {ingestUrl}/{fileKey}?expires&x-ut-identifier&x-ut-file-name&...&signature  multipart "file"
//   GET  http://{ufsHost}/a/{appId}/{fileKey}?expires&signature                         (ufsAppIdLocation "path")
// Signatures are checked as UploadThing checks them: "hmac-sha256=" + hex HMAC-SHA256, keyed with
// the API key, over the whole URL before "&signature=". Nothing here reaches the internet.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type StoredUpload = { name: string; type: string; bytes: Buffer; query: Record<string, string> };

export type FakeUploadThing = {
  token: string;
  /** Host overrides that send the SDK here. */
  hosts: { ingestUrl: string; ufsHost: string; ufsAppIdLocation: "path" };
  files: Map<string, StoredUpload>;
  /** What each request got back, for asserting on what the SDK did. */
  log: { method: string; path: string; status: number }[];
  /** The next request gets this status and body instead. */
  failNext(status: number, body?: string): void;
  close(): Promise<void>;
};

const readBody = (req: http.IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req
      .on("data", (c: Buffer) => chunks.push(c))
      .on("end", () => resolve(Buffer.concat(chunks)))
      .on("error", reject);
  });

function signedByUs(req: http.IncomingMessage, apiKey: string): boolean {
  const url = `http://${req.headers.host}${req.url}`;
  const at = url.lastIndexOf("&signature=");
  if (at < 0) return false;
  const given = decodeURIComponent(url.slice(at + "&signature=".length));
  const expected = "hmac-sha256=" + createHmac("sha256", apiKey).update(url.slice(0, at)).digest("hex");
  const expires = Number(new URL(url).searchParams.get("expires"));
  return (
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected)) &&
    expires > Date.now()
  );
}

export async function startFakeUploadThing({
  apiKey = "sk_test_fake0123456789",
  appId = "fixwellapp",
} = {}): Promise<FakeUploadThing> {
  const files = new Map<string, StoredUpload>();
  const log: FakeUploadThing["log"] = [];
  let failure: { status: number; body: string } | null = null;
  let origin = "";

  const server = http.createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", origin);
    const send = (status: number, payload: string | Buffer, headers: Record<string, string> = {}) => {
      log.push({ method: req.method ?? "", path: url.pathname, status });
      res.writeHead(status, headers).end(payload);
    };
    if (failure) {
      const f = failure;
      failure = null;
      return send(f.status, f.body, { "content-type": "application/json" });
    }
    if (!signedByUs(req, apiKey)) return send(403, JSON.stringify({ error: "Invalid signature" }));

    const ingest = url.pathname.match(/^\/([A-Za-z0-9]+)$/);
    if (req.method === "PUT" && ingest) {
      if (url.searchParams.get("x-ut-identifier") !== appId) return send(400, JSON.stringify({ error: "Wrong app" }));
      // The SDK sends the body as multipart form data with one field, "file".
      const form = await new Response(new Uint8Array(body), {
        headers: { "content-type": req.headers["content-type"] ?? "" },
      }).formData();
      const file = form.get("file");
      if (!(file instanceof Blob)) return send(400, JSON.stringify({ error: "No file" }));
      const key = ingest[1];
      // Name and type travel in the signed query (the multipart part is a bare Blob, named "blob"),
      // each encodeURIComponent-ed once more by the SDK before URLSearchParams encodes it.
      const param = (name: string) => decodeURIComponent(url.searchParams.get(name) ?? "");
      const bytes = Buffer.from(await file.arrayBuffer());
      if (Number(param("x-ut-file-size")) !== bytes.length)
        return send(400, JSON.stringify({ error: "Size does not match" }));
      files.set(key, {
        name: param("x-ut-file-name"),
        type: param("x-ut-file-type"),
        bytes,
        query: Object.fromEntries(url.searchParams),
      });
      const ufsUrl = `${origin}/a/${appId}/${key}`;
      return send(200, JSON.stringify({ url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: "fake" }), {
        "content-type": "application/json",
      });
    }
    const download = url.pathname.match(/^\/a\/([^/]+)\/([A-Za-z0-9]+)$/);
    if (req.method === "GET" && download && download[1] === appId) {
      const stored = files.get(download[2]);
      if (!stored) return send(404, "Not found");
      const range = req.headers.range?.match(/^bytes=(\d+)-(\d+)$/);
      if (range) {
        const [start, end] = [Number(range[1]), Math.min(Number(range[2]), stored.bytes.length - 1)];
        return send(206, stored.bytes.subarray(start, end + 1), {
          "content-range": `bytes ${start}-${end}/${stored.bytes.length}`,
        });
      }
      return send(200, stored.bytes, { "content-type": stored.type });
    }
    send(404, "Not found");
  });

  // "localhost", not 127.0.0.1: the SDK builds file URLs with http only for a host naming "local".
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://localhost:${port}`;
  return {
    token: Buffer.from(JSON.stringify({ apiKey, appId, regions: ["fake-1"] })).toString("base64"),
    hosts: { ingestUrl: origin, ufsHost: `localhost:${port}`, ufsAppIdLocation: "path" },
    files,
    log,
    failNext: (status, body = "") => void (failure = { status, body }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
