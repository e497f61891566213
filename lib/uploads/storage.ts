// File storage port: UploadThing when UPLOADTHING_TOKEN is set (files reach our server first and
// are checked there; then the server SDK stores them), local disk under FIXWELL_DATA_DIR otherwise.
import "server-only";
import { mkdir, open, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { UTApi, UTFile } from "uploadthing/server";
import { randomToken } from "@/lib/crypto";
import { env } from "@/lib/env";
import type { ByteRange } from "./range";

export interface Storage {
  put(bytes: Buffer, fileName: string, contentType: string): Promise<string>; // the storage key
  /** The file, or just `range` of it (a video being played or sought asks for parts). */
  get(key: string, range?: ByteRange): Promise<Buffer | null>;
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
        const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(range.end - range.start + 1), position: range.start });
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
  };
}

export function uploadThingStorage(token: string): Storage {
  const api = new UTApi({ token });
  return {
    async put(bytes, fileName, contentType) {
      const [result] = await api.uploadFiles([new UTFile([new Uint8Array(bytes)], fileName, { type: contentType })]);
      if (!result || result.error) throw new Error(`UploadThing refused the file: ${result?.error?.message ?? "no answer"}`);
      return `ut/${result.data.key}`;
    },
    async get(key, range) {
      if (!key.startsWith("ut/")) return null;
      const { ufsUrl } = await api.generateSignedURL(key.slice(3), { expiresIn: 60 });
      const res = await fetch(ufsUrl, range ? { headers: { range: `bytes=${range.start}-${range.end}` } } : undefined);
      if (!res.ok) return null;
      const bytes = Buffer.from(await res.arrayBuffer());
      // A server that ignores Range answers 200 with the whole file.
      return range && res.status === 200 ? bytes.subarray(range.start, range.end + 1) : bytes;
    },
  };
}

export function storage(): Storage {
  const token = env().UPLOADTHING_TOKEN;
  return token ? uploadThingStorage(token) : localStorage();
}
