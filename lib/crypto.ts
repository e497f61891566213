// Tokens, hashes and encryption at rest. Tokens are 32 random bytes (256 bits), base64url.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** The keys in use: the current one first, then the one a rotation is replacing (if any). */
function keys(): Buffer[] {
  const e = env();
  return [e.FIXWELL_ENCRYPTION_KEY, e.FIXWELL_ENCRYPTION_KEY_PREVIOUS]
    .filter((k): k is string => !!k)
    .map((k) => Buffer.from(k, "base64"));
}

// AES-256-GCM: "v1.iv.tag.ciphertext", all base64url. Always sealed with the current key.
export function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys()[0], iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/**
 * Opens a sealed value with the current key or, during a rotation, the previous one: GCM's tag
 * refuses a wrong key, so trying each in turn cannot return a wrong answer.
 */
export function decrypt(sealed: string): string {
  return open(sealed).plain;
}

/** Whether a sealed value is already under the current key (what re-encryption leaves alone). */
export function sealedWithCurrentKey(sealed: string): boolean {
  return open(sealed).keyIndex === 0;
}

function open(sealed: string): { plain: string; keyIndex: number } {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Unreadable encrypted value");
  const all = keys();
  for (const [keyIndex, key] of all.entries()) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const plain = Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
      return { plain, keyIndex };
    } catch (err) {
      if (keyIndex === all.length - 1) throw err;
    }
  }
  throw new Error("Unreadable encrypted value");
}

/**
 * A value derived from `input` with each key in use (HMAC-SHA256, base64url), the current key's
 * first: what a derived token was during a rotation can still be recognised.
 */
export function keyedDigests(input: string): string[] {
  return keys().map((key) => createHmac("sha256", key).update(input).digest("base64url"));
}
