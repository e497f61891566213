// File storage port: UploadThing when UPLOADTHING_TOKEN is set (files reach our server first and
// are checked there; then the server SDK stores them), local disk under FIXWELL_DATA_DIR otherwise.
import "server-only";
import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UTApi, UTFile } from "uploadthing/server";
import { randomToken } from "@/lib/crypto";
import { env } from "@/lib/env";
import type { ByteRange } from "@/lib/uploads/range";

// The SDK does not export its options type by name.
type UTApiOptions = NonNullable<ConstructorParameters<typeof UTApi>[0]>;

export interface Storage {
  put(bytes: Buffer, fileName: string, contentType: string): Promise<string>; // the storage key
  /** The file, or just `range` of it (a video being played or sought asks for parts). */
  get(key: string, range?: ByteRange): Promise<Buffer | null>;
  /** Deletes the bytes (a removed or purged draft, a replaced document); a key it does not know is no error. */
  remove(key: string): Promise<void>;
}

export function localStorage(root = path.resolve(env().FIXWELL_DATA_DIR, "uploads")): Storage {
  return {
    async put(bytes) {
      const key = `local/${randomToken()}`;
      await mkdir(path.join(root, "local"), { recursive: true });
      await writeFile(path.join(root, key), bytes, { mode: 0o600 });
      return key;
    },
    async get(key, range) {
      if (!/^local\/[A-Za-z0-9_-]{43}$/.test(key)) return null;
      if (!range) return readFile(path.join(root, key)).catch(() => null);
      const file = await open(path.join(root, key)).catch(() => null);
      if (!file) return null;
      try {
        const { buffer, bytesRead } = await file.read({
          buffer: Buffer.alloc(range.end - range.start + 1),
          position: range.start,
        });
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
    async remove(key) {
      if (/^local\/[A-Za-z0-9_-]{43}$/.test(key)) await rm(path.join(root, key), { force: true });
    },
  };
}

/** Where the SDK sends files and fetches them from; each unset one stays UploadThing's own host. */
export type UploadThingHosts = {
  ingestUrl?: string;
  apiUrl?: string;
  ufsHost?: string;
  ufsAppIdLocation?: "subdomain" | "path";
};

export function uploadThingOptions(token: string, hosts: UploadThingHosts = {}): UTApiOptions {
  // Only the overrides that are set: a key present with `undefined` is not the SDK's default.
  const set = Object.fromEntries(Object.entries(hosts).filter(([, v]) => v !== undefined)) as UploadThingHosts;
  return { token, ...set };
}

// No answer must not hold a tenant's request forever; a 100 MB video on a slow link takes a while.
const uploadTimeout = (bytes: number) => 30_000 + Math.ceil(bytes / 1_000_000) * 1_000;
const DOWNLOAD_TIMEOUT = 60_000;

export function uploadThingStorage(token: string, hosts: UploadThingHosts = {}): Storage {
  const api = new UTApi(uploadThingOptions(token, hosts));
  return {
    async put(bytes, fileName, contentType) {
      const file = new UTFile([new Uint8Array(bytes)], fileName, { type: contentType });
      const ms = uploadTimeout(bytes.length);
      const signal = AbortSignal.timeout(ms);
      const [result] = await api.uploadFiles([file], { signal }).catch((err: unknown) => {
        // An abort surfaces from the SDK as "Interrupted by fibers": say what happened instead.
        const why = signal.aborted
          ? `no answer within ${ms / 1000} s`
          : err instanceof Error
            ? err.message
            : String(err);
        throw new Error(`UploadThing did not store ${fileName}: ${why}`, { cause: err });
      });
      // The SDK reports a refused upload in the result, not as a throw, and keeps only a code and message.
      if (!result || result.error) {
        throw new Error(
          `UploadThing did not store ${fileName}: ${result?.error ? `${result.error.message} (${result.error.code})` : "no answer"}`,
        );
      }
      return `ut/${result.data.key}`;
    },
    async get(key, range) {
      if (!key.startsWith("ut/")) return null;
      const { ufsUrl } = await api.generateSignedURL(key.slice(3), { expiresIn: 60 });
      const headers: Record<string, string> = range ? { range: `bytes=${range.start}-${range.end}` } : {};
      const res = await fetch(ufsUrl, { headers, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT) });
      if (res.status === 404) return null;
      // Anything else is UploadThing failing (or our token being wrong), not a missing file: say so.
      if (!res.ok) throw new Error(`UploadThing did not send back ${key}: HTTP ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      // A server that ignores Range answers 200 with the whole file.
      return range && res.status === 200 ? bytes.subarray(range.start, range.end + 1) : bytes;
    },
    async remove(key) {
      if (key.startsWith("ut/")) await api.deleteFiles(key.slice(3));
    },
  };
}

export function storage(): Storage {
  const e = env();
  if (!e.UPLOADTHING_TOKEN) return localStorage();
  return uploadThingStorage(e.UPLOADTHING_TOKEN, {
    ingestUrl: e.UPLOADTHING_INGEST_URL,
    apiUrl: e.UPLOADTHING_API_URL,
    ufsHost: e.UPLOADTHING_UFS_HOST,
    ufsAppIdLocation: e.UPLOADTHING_UFS_APP_ID_LOCATION,
  });
}
