// File storage port: UploadThing when UPLOADTHING_TOKEN is set (files reach our server first and
// are checked there; then the server SDK stores them), local disk under FIXWELL_DATA_DIR otherwise.
import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UTApi, UTFile } from "uploadthing/server";
import { randomToken } from "@/lib/crypto";
import { env } from "@/lib/env";

export interface Storage {
  put(bytes: Buffer, fileName: string, contentType: string): Promise<string>; // the storage key
  get(key: string): Promise<Buffer | null>;
  /** Optional: a store that cannot delete keeps the bytes (unreferenced) when a draft is removed. */
  remove?(key: string): Promise<void>;
}

export function localStorage(root = path.resolve(env().FIXWELL_DATA_DIR, "uploads")): Storage {
  return {
    async put(bytes) {
      const key = `local/${randomToken()}`;
      await mkdir(path.join(root, "local"), { recursive: true });
      await writeFile(path.join(root, key), bytes, { mode: 0o600 });
      return key;
    },
    async get(key) {
      if (!/^local\/[A-Za-z0-9_-]{43}$/.test(key)) return null;
      return readFile(path.join(root, key)).catch(() => null);
    },
    async remove(key) {
      if (/^local\/[A-Za-z0-9_-]{43}$/.test(key)) await rm(path.join(root, key), { force: true });
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
    async get(key) {
      if (!key.startsWith("ut/")) return null;
      const { ufsUrl } = await api.generateSignedURL(key.slice(3), { expiresIn: 60 });
      const res = await fetch(ufsUrl);
      return res.ok ? Buffer.from(await res.arrayBuffer()) : null;
    },
    async remove(key) {
      if (key.startsWith("ut/")) await api.deleteFiles(key.slice(3));
    },
  };
}

export function storage(): Storage {
  const token = env().UPLOADTHING_TOKEN;
  return token ? uploadThingStorage(token) : localStorage();
}
